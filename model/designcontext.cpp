#include "model/designcontext.h"

#include "model/document.h"

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

int DesignContext::entityIndex(const QString &id) const
{
    const std::vector<Entity> &entities = m_document->project().entities;
    if (m_entityIndex.isEmpty() && !entities.empty()) {
        m_entityIndex.reserve(qsizetype(entities.size()));
        for (size_t i = 0; i < entities.size(); ++i)
            m_entityIndex.insert(entities[i].id, int(i));
    }
    return m_entityIndex.value(id, -1);
}

const Entity *DesignContext::entity(const QString &id) const
{
    const int index = entityIndex(id);
    return index < 0 ? nullptr : &m_document->project().entities[size_t(index)];
}

const EntityScore *DesignContext::score(const QString &id) const
{
    const int index = entityIndex(id);
    if (index < 0 || size_t(index) >= analysis().entities.size())
        return nullptr;
    return &analysis().entities[size_t(index)];
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
    if (const int edited = m_document->changedEntity(); edited >= 0) {
        // the ids are where they were
        m_analyser.entityChanged(project, edited, catalog(), &m_document->changedFrom());
    } else {
        m_entityIndex.clear();
        m_analyser.reset(project, project.users, catalog());
    }
    emit analysed();
    if (!m_currentEntity.isEmpty() && !project.entity(m_currentEntity))
        setCurrentEntity(QString());
}

} // namespace storemap
