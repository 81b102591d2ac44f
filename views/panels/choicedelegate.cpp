#include "views/panels/choicedelegate.h"

#include "views/panels/optionalnumbervalidator.h"
#include "views/panels/patterntablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace storemap {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (index.column() == PatternTableModel::RateColumn) {
        auto *rate = new QLineEdit(parent);
        rate->setValidator(PatternTableModel::rateValidator(rate));
        rate->setPlaceholderText(tr("not given"));
        rate->setAlignment(Qt::AlignRight);
        return rate;
    }
    const QVariantList choices = index.data(PatternTableModel::ChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const QVariant &choice : choices) {
        const QStringList pair = choice.toStringList();
        combo->addItem(pair.value(0), pair.value(1));
    }
    // A pick from the open list commits it; keys only move the choice (eventFilter(): Enter or
    // Tab commit), so a prefix can be typed whole.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<ChoiceDelegate *>(this)->commitData(combo);
        emit const_cast<ChoiceDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

int ChoiceDelegate::match(const QComboBox *combo, const QString &prefix)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(prefix, Qt::CaseInsensitive) ||
            combo->itemData(i).toString().startsWith(prefix, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

bool ChoiceDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *combo = qobject_cast<QComboBox *>(object);
    if (combo && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            // Type-ahead over the whole prefix typed so far, labels and ids alike ("Ap" is
            // "Append-only log", "us" is "User-generated"): QComboBox's own search restarts at each
            // key.
            if (!m_typed.isValid() || m_typed.elapsed() > QApplication::keyboardInputInterval() ||
                m_typedIn != combo)
                m_prefix.clear();
            m_typed.start();
            m_typedIn = combo;
            int found = match(combo, m_prefix + text);
            if (found >= 0)
                m_prefix += text;
            else if ((found = match(combo, text)) >= 0)
                m_prefix = text;
            if (found >= 0)
                combo->setCurrentIndex(found);
            return true;
        }
        const int step = key->key() == Qt::Key_Up     ? -1
                         : key->key() == Qt::Key_Down ? 1
                         : key->key() == Qt::Key_Home ? -combo->count()
                         : key->key() == Qt::Key_End  ? combo->count()
                                                      : 0;
        if (step != 0 && key->modifiers() == Qt::NoModifier) {
            combo->setCurrentIndex(qBound(0, combo->currentIndex() + step, combo->count() - 1));
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(PatternTableModel::IdRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace storemap
