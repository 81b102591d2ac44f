#pragma once

#include <QCoreApplication>
#include <QString>

namespace storemap {

class Document;

/// Edits that several views offer (palette, canvas, fit matrix), each pushed as one undo step.
class Placement
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Placement)

public:
    /// Adds a store of catalog kind @p kind named after it; returns its id.
    static QString addStore(Document *doc, int kind);
    /// Moves @p entityId to a store of @p kind, creating one when the project has none.
    static void moveToKind(Document *doc, const QString &entityId, int kind);
    /// Adds a new unplaced entity; returns its id.
    static QString addEntity(Document *doc, const QString &storeId = QString());
    /// A store of @p kind in the project, or an empty string.
    static QString storeOfKind(const Document *doc, int kind);
};

} // namespace storemap
