#pragma once

#include "model/analysis.h"

#include <QHash>
#include <QObject>

namespace storemap {

class Catalog;
class Document;

/// What every panel shares: the document, its analysis (brought up to date once per
/// Document::changed(), edit by edit: Analyser)
/// and the entity the user is looking at.
class DesignContext : public QObject
{
    Q_OBJECT

public:
    explicit DesignContext(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    const Catalog &catalog() const;
    const Analysis &analysis() const { return m_analyser.analysis(); }
    /// The findings the last change left as they were (Analyser::findingsKept()).
    Analyser::FindingsKept findingsKept() const { return m_analyser.findingsKept(); }
    /// The entity @p id, or nullptr when there is none. Looked up in an index made once per
    /// change: panels look up thousands of ids (findings, fit matrix rows).
    const Entity *entity(const QString &id) const;
    /// The score of the entity @p id, or nullptr when there is none.
    const EntityScore *score(const QString &id) const;

    QString currentEntity() const { return m_currentEntity; }
    void setCurrentEntity(const QString &id);

signals:
    /// The analysis was recomputed; every panel redraws from it.
    void analysed();
    void currentEntityChanged(const QString &id);

private:
    void onDocumentChanged();

    Document *m_document;
    int entityIndex(const QString &id) const;

    Analyser m_analyser;                       ///< edit by edit
    mutable QHash<QString, int> m_entityIndex; ///< made when first needed after a change
    QString m_currentEntity;
};

} // namespace storemap
