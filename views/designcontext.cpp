#include "designcontext.h"

#include "../model/document.h"

namespace storemap {

DesignContext::DesignContext(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &DesignContext::onDocumentChanged);
    onDocumentChanged();
}

const Catalog &DesignContext::catalog() const
{
    return Catalog::builtin();
}

const EntityScore *DesignContext::score(const QString &id) const
{
    const int index = m_document->project().entityIndex(id);
    if (index < 0 || size_t(index) >= m_analysis.entities.size())
        return nullptr;
    return &m_analysis.entities[size_t(index)];
}

void DesignContext::setCurrentEntity(const QString &id)
{
    if (id == m_currentEntity)
        return;
    m_currentEntity = id;
    emit currentEntityChanged(id);
}

void DesignContext::onDocumentChanged()
{
    const Project &project = m_document->project();
    m_analysis = analyse(project, project.users, catalog());
    emit analysed();
    if (!m_currentEntity.isEmpty() && !project.entity(m_currentEntity))
        setCurrentEntity(QString());
}

} // namespace storemap
