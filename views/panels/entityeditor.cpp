#include "views/panels/entityeditor.h"

#include "model/designcontext.h"
#include "model/fit.h"
#include "model/roadmap.h"
#include "views/canvas/visuals.h"
#include "views/panels/choicedelegate.h"
#include "views/panels/optionalnumbervalidator.h"
#include "views/panels/patterntablemodel.h"

#include "model/commands/commands.h"
#include "model/document.h"
#include "model/placement.h"
#include "model/projectio.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace storemap {

namespace {

/// The item size's units, as the stores count them: 1 KB = 1024 bytes.
constexpr std::array<double, 4> UnitBytes{1, 1024, 1024.0 * 1024, BytesPerGB};

/// The unit an item size reads best in: the largest that keeps a number of at least 1 with at
/// most two decimals (2 KB, 1.5 MB, 187.3 bytes). The field shows the exact value to edit, where
/// formatBytes() rounds to three digits to read.
int unitFor(double bytes)
{
    for (int unit = int(UnitBytes.size()) - 1; unit > 0; --unit) {
        const double hundredths = bytes / UnitBytes[size_t(unit)] * 100;
        if (hundredths >= 100 && std::abs(hundredths - std::round(hundredths)) < 1e-6)
            return unit;
    }
    return 0;
}

} // namespace

EntityEditor::EntityEditor(DesignContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PatternTableModel(context, this))
    , m_placement(new QLabel)
    , m_whatIf(new QLabel)
    , m_name(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_notes(new QPlainTextEdit)
    , m_schema(new QComboBox)
    , m_durability(new QComboBox)
    , m_items(new QLineEdit)
    , m_itemSize(new QLineEdit)
    , m_itemSizeRange(new OptionalNumberValidator(0, limits::ItemBytes, true, m_itemSize))
    , m_itemUnit(new QComboBox)
    , m_egress(new QLineEdit)
    , m_patterns(new QTableView)
    , m_add(new QToolButton)
    , m_remove(new QToolButton)
    , m_up(new QToolButton)
    , m_down(new QToolButton)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The fields and the table stay where they are from one entity to the next: the placement
    // keeps room for two lines, and the what-ifs (none to several) come under the table.
    m_placement->setWordWrap(true);
    m_placement->setMinimumHeight(2 * m_placement->fontMetrics().lineSpacing());
    m_placement->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_placement);
    m_whatIf->setWordWrap(true);
    m_whatIf->setTextFormat(Qt::PlainText);
    m_whatIf->setObjectName(QStringLiteral("whatIf"));
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto addText = [this, form](QPlainTextEdit *field, const QString &label,
                                const QString &placeholder) {
        field->setTabChangesFocus(true);
        field->setFixedHeight(field->fontMetrics().lineSpacing() * 3 + 12);
        field->setPlaceholderText(placeholder);
        auto *buddy = new QLabel(label);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
        // What is typed while the field keeps the focus is one undo step.
        field->installEventFilter(this);
        connect(field, &QPlainTextEdit::textChanged, this, [this, field] { onTextChanged(field); });
    };
    addText(m_description, tr("Descri&ption:"), tr("What this data is and why it matters"));
    addText(m_notes, tr("No&tes:"),
            tr("Your rationale: why it lives where it does (printed in the decision record)"));
    m_schema->addItem(tr("Fixed (strict schema)"), toId(SchemaKind::Fixed));
    m_schema->addItem(tr("Flexible (varies per record)"), toId(SchemaKind::Flexible));
    auto *schemaLabel = new QLabel(tr("&Schema:"));
    schemaLabel->setBuddy(m_schema);
    form->addRow(schemaLabel, m_schema);
    m_durability->addItem(tr("Critical (must never be lost)"), toId(Durability::Critical));
    m_durability->addItem(tr("Reconstructible (can be rebuilt)"),
                          toId(Durability::Reconstructible));
    m_durability->addItem(tr("Ephemeral (affordable to lose)"), toId(Durability::Ephemeral));
    auto *durabilityLabel = new QLabel(tr("Dura&bility:"));
    durabilityLabel->setBuddy(m_durability);
    form->addRow(durabilityLabel, m_durability);

    auto *workloadLabel = new QLabel(tr("Workload"));
    QFont heading = workloadLabel->font();
    heading.setBold(true);
    workloadLabel->setFont(heading);
    workloadLabel->setToolTip(tr("How much data and traffic it really has (optional): what item "
                                 "size limits, memory and egress are judged by"));
    form->addRow(workloadLabel);
    auto *items = new OptionalNumberValidator(0, limits::Items, false, m_items);
    items->setDecimals(0);
    m_items->setValidator(items);
    m_items->setToolTip(tr("How many records or objects it holds"));
    m_itemSize->setValidator(m_itemSizeRange);
    m_itemSize->setToolTip(tr("The average size of one record or object (1 KB = 1024 bytes)"));
    m_itemUnit->addItems({tr("bytes"), tr("KB"), tr("MB"), tr("GB")});
    m_itemUnit->setAccessibleName(tr("Item size unit"));
    m_itemUnit->setToolTip(tr("The unit of the item size: choosing one applies it to the number"));
    m_egress->setValidator(new OptionalNumberValidator(0, limits::EgressGB, false, m_egress));
    m_egress->setToolTip(tr("What it serves to the internet a month, in GB"));
    auto *itemsLabel = new QLabel(tr("&Items:"));
    itemsLabel->setBuddy(m_items);
    form->addRow(itemsLabel, m_items);
    auto *itemSizeLabel = new QLabel(tr("Item si&ze:"));
    itemSizeLabel->setBuddy(m_itemSize);
    auto *itemSize = new QHBoxLayout;
    itemSize->addWidget(m_itemSize, 1);
    itemSize->addWidget(m_itemUnit);
    form->addRow(itemSizeLabel, itemSize);
    auto *egressLabel = new QLabel(tr("E&gress:"));
    egressLabel->setBuddy(m_egress);
    auto *egress = new QHBoxLayout;
    egress->addWidget(m_egress, 1);
    egress->addWidget(new QLabel(tr("GB/month")));
    form->addRow(egressLabel, egress);
    for (QLineEdit *field : {m_items, m_itemSize, m_egress}) {
        field->setPlaceholderText(tr("not given"));
        field->installEventFilter(this);
        connect(field, &QLineEdit::editingFinished, this, [this, field] { commitWorkload(field); });
    }
    connect(m_itemUnit, &QComboBox::activated, this, [this](int unit) {
        m_itemSizeRange->setTop(limits::ItemBytes / UnitBytes[size_t(unit)]);
        commitWorkload(m_itemSize);
    });

    m_patterns->setModel(m_model);
    m_patterns->setItemDelegate(new ChoiceDelegate(m_patterns));
    m_patterns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patterns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_patterns->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_patterns->verticalHeader()->hide();
    // The name reads first, however narrow the dock: it keeps room for about 18 characters and
    // the with column takes what is left (a narrow dock scrolls to the rest).
    m_patterns->horizontalHeader()->setSectionResizeMode(PatternTableModel::NameColumn,
                                                         QHeaderView::Interactive);
    m_patterns->horizontalHeader()->resizeSection(
        PatternTableModel::NameColumn, m_patterns->fontMetrics().averageCharWidth() * 18);
    m_patterns->horizontalHeader()->setStretchLastSection(true);
    m_patterns->horizontalHeader()->setSectionResizeMode(PatternTableModel::TypeColumn,
                                                         QHeaderView::ResizeToContents);
    m_patterns->horizontalHeader()->setSectionResizeMode(PatternTableModel::FrequencyColumn,
                                                         QHeaderView::ResizeToContents);
    m_patterns->horizontalHeader()->setSectionResizeMode(PatternTableModel::RateColumn,
                                                         QHeaderView::ResizeToContents);
    m_patterns->setStatusTip(tr("Access patterns: double-click or F2 to edit a cell, Tab to the "
                                "next, Enter to commit, Delete to remove the row."));

    auto setup = [this](QToolButton *button, QStyle::StandardPixmap pixmap, const QString &tip) {
        button->setIcon(style()->standardIcon(pixmap));
        button->setToolTip(tip);
        button->setStatusTip(tip);
        button->setAutoRaise(true);
    };
    setup(m_add, QStyle::SP_FileDialogNewFolder, tr("Add an access pattern"));
    m_add->setIcon(QIcon());
    m_add->setText(QStringLiteral("+"));
    setup(m_remove, QStyle::SP_DialogDiscardButton, tr("Remove the selected access pattern"));
    setup(m_up, QStyle::SP_ArrowUp, tr("Move the selected access pattern up"));
    setup(m_down, QStyle::SP_ArrowDown, tr("Move the selected access pattern down"));
    auto *buttons = new QHBoxLayout;
    auto *patternsLabel = new QLabel(tr("&Access patterns"));
    patternsLabel->setBuddy(m_patterns);
    QFont bold = patternsLabel->font();
    bold.setBold(true);
    patternsLabel->setFont(bold);
    buttons->addWidget(patternsLabel);
    buttons->addStretch();
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_patterns, 1);
    layout->addWidget(m_whatIf);

    connect(m_name, &QLineEdit::textEdited, this, &EntityEditor::onNameEdited);
    // A name or description typed while the field keeps the focus is one undo step.
    connect(m_name, &QLineEdit::editingFinished, this, [this] { m_gesture = newGesture(); });
    m_patterns->installEventFilter(this);
    connect(m_schema, &QComboBox::activated, this, &EntityEditor::onSchemaActivated);
    connect(m_durability, &QComboBox::activated, this, &EntityEditor::onDurabilityActivated);
    connect(m_add, &QToolButton::clicked, this, &EntityEditor::addPattern);
    connect(m_remove, &QToolButton::clicked, this,
            [this] { m_model->removePattern(currentPatternRow()); });
    auto move = [this](int by) {
        const int row = currentPatternRow();
        m_model->movePattern(row, row + by);
        if (row + by >= 0 && row + by < m_model->rowCount())
            m_patterns->setCurrentIndex(m_model->index(row + by, 0));
    };
    connect(m_up, &QToolButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [move] { move(1); });
    connect(m_context, &DesignContext::analysed, this, &EntityEditor::refresh);
    connect(m_context, &DesignContext::currentEntityChanged, this, [this] {
        m_gesture = newGesture();
        refresh();
    });
    refresh();
}

int EntityEditor::currentPatternRow() const
{
    const QModelIndex index = m_patterns->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void EntityEditor::refresh()
{
    m_refreshing = true;
    const Project &project = m_context->document()->project();
    const Entity *e = project.entity(m_context->currentEntity());
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_description, m_notes, m_schema, m_durability, m_items, m_itemSize,
             m_itemUnit, m_egress, m_patterns, m_add, m_remove, m_up, m_down})
        w->setEnabled(e != nullptr);
    if (!e) {
        m_placement->setText(tr("<i>Select an entity on the canvas, or press Ctrl+E to add "
                                "one.</i>"));
        m_whatIf->clear();
        m_name->clear();
        m_description->clear();
        m_notes->clear();
        showWorkload(Workload{});
        m_refreshing = false;
        return;
    }
    const EntityScore *score = m_context->score(e->id);
    const Store *store = project.store(e->store);
    const Catalog &catalog = m_context->catalog();
    if (score && score->bestKind < 0) {
        m_placement->setText(
            tr("<b>No fit yet</b>: add an access pattern below (how the "
               "application reads or writes it), and Storemap scores every store."));
    } else if (store && score && score->kind >= 0) {
        m_placement->setText(tr("On <b>%1</b> (%2): fit <b>%3</b>; best: %4 (%5)")
                                 .arg(shortName(store->name).toHtmlEscaped(),
                                      catalog.kind(score->kind).name, formatFit(score->fit),
                                      catalog.kind(score->bestKind).name,
                                      formatFit(score->bestFit)));
    } else if (score) {
        m_placement->setText(
            tr("<b>Unplaced</b>: fits %1 best (%2)")
                .arg(catalog.kind(score->bestKind).name, formatFit(score->bestFit)));
    }
    QStringList whatIf;
    // The first three: the smallest changes come first, and a long list hides the form.
    for (const WhatIf &w : whatIfs(*e, m_context->analysis().users, catalog)) {
        if (whatIf.size() < 3)
            whatIf << whatIfText(w, catalog);
    }
    m_whatIf->setText(whatIf.join(QLatin1Char('\n')));
    m_whatIf->setVisible(!whatIf.isEmpty());
    if (m_name->text().trimmed() != e->name) // keep the space the user just typed
        m_name->setText(e->name);
    for (const auto &[field, text] :
         {std::pair{m_description, &e->description}, std::pair{m_notes, &e->notes}}) {
        if (field->toPlainText() != *text) {
            const QSignalBlocker blocker(field);
            field->setPlainText(*text);
        }
    }
    m_schema->setCurrentIndex(int(e->schema));
    m_durability->setCurrentIndex(int(e->durability));
    showWorkload(e->workload);
    m_refreshing = false;
}

void EntityEditor::showWorkload(const Workload &workload)
{
    auto show = [](QLineEdit *field, double value) {
        const QString text = OptionalNumberValidator::text(value);
        if (field->text() != text)
            field->setText(text);
    };
    show(m_items, double(workload.items));
    if (workload.itemBytes >= 0) {
        // Not given, the unit stays as the user chose it for the number they are about to type.
        const int unit = unitFor(workload.itemBytes);
        m_itemUnit->setCurrentIndex(unit);
        m_itemSizeRange->setTop(limits::ItemBytes / UnitBytes[size_t(unit)]);
        show(m_itemSize, workload.itemBytes / UnitBytes[size_t(unit)]);
    } else {
        show(m_itemSize, -1);
    }
    show(m_egress, workload.egressGBPerMonth);
}

void EntityEditor::commitWorkload(QLineEdit *field)
{
    if (m_refreshing)
        return;
    Document *doc = m_context->document();
    const Entity *e = doc->project().entity(m_context->currentEntity());
    if (!e)
        return;
    Workload workload = e->workload;
    if (field->hasAcceptableInput()) {
        const double value = OptionalNumberValidator::value(field->text());
        if (field == m_items) {
            workload.items = value < 0 ? -1 : qint64(value);
        } else if (field == m_itemSize) {
            const double bytes =
                value < 0 ? -1 : value * UnitBytes[size_t(m_itemUnit->currentIndex())];
            if (bytes <= limits::ItemBytes)
                workload.itemBytes = bytes;
        } else {
            workload.egressGBPerMonth = value;
        }
    }
    if (workload == e->workload) { // unchanged, or refused: the stored value shows again
        showWorkload(e->workload);
        return;
    }
    doc->undoStack()->push(EditEntityCommand::setWorkload(doc, e->id, workload));
}

void EntityEditor::onNameEdited(const QString &text)
{
    Placement::renameEntity(m_context->document(), m_context->currentEntity(), text, m_gesture);
}

EntityEditor::~EntityEditor()
{
    // QWidget's destructor closes a shown editor after this one has run: the field that loses
    // the focus then must not reach this object any more (UBSan saw it).
    for (QObject *child : findChildren<QObject *>()) {
        child->disconnect(this);
        child->removeEventFilter(this);
    }
}

void EntityEditor::addPattern()
{
    if (!m_context->document()->project().entity(m_context->currentEntity()))
        return;
    m_model->addPattern();
    const QModelIndex name = m_model->index(m_model->rowCount() - 1, 0);
    m_patterns->setCurrentIndex(name);
    m_patterns->setFocus();
    m_patterns->edit(name);
}

bool EntityEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_description || watched == m_notes) && event->type() == QEvent::FocusOut)
        m_gesture = newGesture();
    // A workload field left with a number it cannot take (a size of 0) shows the stored value.
    if ((watched == m_items || watched == m_itemSize || watched == m_egress) &&
        event->type() == QEvent::FocusOut &&
        !static_cast<QLineEdit *>(watched)->hasAcceptableInput()) {
        if (const Entity *e = m_context->document()->project().entity(m_context->currentEntity()))
            showWorkload(e->workload);
    }
    // Delete in the pattern table removes the pattern, not the entity the window would delete (a
    // cell being edited has the key first: its editor has the focus).
    if (watched == m_patterns &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete) &&
        currentPatternRow() >= 0) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_model->removePattern(currentPatternRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EntityEditor::onTextChanged(QPlainTextEdit *field)
{
    if (m_refreshing)
        return;
    Document *doc = m_context->document();
    const QString id = m_context->currentEntity();
    const Entity *e = doc->project().entity(id);
    const QString text = field->toPlainText();
    if (!e || (field == m_description ? e->description : e->notes) == text)
        return;
    doc->undoStack()->push(field == m_description
                               ? EditEntityCommand::setDescription(doc, id, text, m_gesture)
                               : EditEntityCommand::setNotes(doc, id, text, m_gesture));
}

void EntityEditor::onSchemaActivated(int index)
{
    Document *doc = m_context->document();
    const Entity *e = doc->project().entity(m_context->currentEntity());
    if (!e || int(e->schema) == index)
        return;
    doc->undoStack()->push(EditEntityCommand::setSchema(doc, e->id, SchemaKind(index)));
}

void EntityEditor::onDurabilityActivated(int index)
{
    Document *doc = m_context->document();
    const Entity *e = doc->project().entity(m_context->currentEntity());
    if (!e || int(e->durability) == index)
        return;
    doc->undoStack()->push(EditEntityCommand::setDurability(doc, e->id, Durability(index)));
}

} // namespace storemap
