#pragma once

#include "model/placement.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace storemap {

class DesignContext;
class OptionalNumberValidator;
class PatternTableModel;

/// Edits the current entity: name, description, schema, durability, its workload and its access
/// patterns. Every change is pushed as an undo command; the fields redraw from the document.
class EntityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntityEditor(DesignContext *context, QWidget *parent = nullptr);
    ~EntityEditor() override;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QComboBox *schemaBox() const { return m_schema; }
    QComboBox *durabilityBox() const { return m_durability; }
    /// The workload: an empty field is "not given".
    QLineEdit *itemsEdit() const { return m_items; }
    QLineEdit *itemSizeEdit() const { return m_itemSize; }
    QComboBox *itemUnitBox() const { return m_itemUnit; }
    QLineEdit *egressEdit() const { return m_egress; }
    QTableView *patternView() const { return m_patterns; }
    PatternTableModel *patternModel() const { return m_model; }
    QToolButton *addPatternButton() const { return m_add; }
    /// Adds an access pattern to the current entity and opens the new row's name editor: what the
    /// user types next names it. What "+" and Design > New Access Pattern do.
    void addPattern();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void onNameEdited(const QString &text);
    void onTextChanged(QPlainTextEdit *field);
    void onSchemaActivated(int index);
    void onDurabilityActivated(int index);
    /// Pushes the value @p field holds, one undo step; a value it cannot take is refused and the
    /// stored one shown again.
    void commitWorkload(QLineEdit *field);
    void showWorkload(const Workload &workload);
    int currentPatternRow() const;

    DesignContext *m_context;
    PatternTableModel *m_model;
    QLabel *m_placement;
    QLabel *m_whatIf; ///< the single changes that would move its best kind
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
    QComboBox *m_schema;
    QComboBox *m_durability;
    QLineEdit *m_items;
    QLineEdit *m_itemSize;
    OptionalNumberValidator *m_itemSizeRange; ///< its upper bound follows the unit
    QComboBox *m_itemUnit;
    QLineEdit *m_egress;
    QTableView *m_patterns;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_refreshing = false;
    Gesture m_gesture = newGesture();
};

} // namespace storemap
