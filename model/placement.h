#pragma once

#include "model/commands/commands.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace storemap {

class Document;

/// A name as the user typed it, cleaned: trimmed; std::nullopt when that leaves it empty or
/// unchanged from @p current (nothing to do, nothing to undo).
std::optional<QString> cleanName(const QString &typed, const QString &current);

/// @p name on one line and at most @p letters long ("A very long na…"), for headers and table
/// cells; the full name goes in their tooltip.
QString shortName(const QString &name, int letters = 32);

/// @p base, else "base 2", "base 3"...: the first that @p taken says is free.
QString uniqueName(const QString &base, const std::function<bool(const QString &)> &taken);

/// A fresh gesture: edits pushed with it merge into one undo step (see Gesture).
Gesture newGesture();

/// Edits that several views offer (palette, canvas, fit matrix, editors), each pushed as one undo
/// step, with the rules for names and ids in one place.
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
    /// Renames as cleanName says; false (and nothing pushed) when there is nothing to rename.
    /// Renames of one @p gesture merge into one step named after the final name.
    static bool renameEntity(Document *doc, const QString &id, const QString &typed,
                             Gesture gesture = 0);
    static bool renameStore(Document *doc, const QString &id, const QString &typed,
                            Gesture gesture = 0);
    static bool renameProject(Document *doc, const QString &typed, Gesture gesture = 0);
};

} // namespace storemap
