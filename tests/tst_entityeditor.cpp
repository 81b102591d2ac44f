#include "tests/guifixture.h"

#include "model/commands/commands.h"
#include "model/designcontext.h"
#include "views/panels/entityeditor.h"
#include "views/panels/patterntablemodel.h"

#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestEntityEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheCurrentEntity();
    void renameIsOneUndoStep();
    void description();
    void notes();
    void schemaAndDurability_data();
    void schemaAndDurability();
    void editPatternCell_data();
    void editPatternCell();
    void addRemoveReorderPatterns();
    void editKeepsCurrentRow();
    void keyboardEntersAPattern_data();
    void keyboardEntersAPattern();
    void deleteKeyRemovesThePattern();
    void disabledWithoutEntity();
    void showsWhatIf_data();
    void showsWhatIf();
    void tableStaysPutBetweenEntities();
    void workloadField_data();
    void workloadField();
    void workloadInTheUsersLocale();
    void unitAppliesToTheNumber_data();
    void unitAppliesToTheNumber();
    void workloadRefusesWhatTheFileWould_data();
    void workloadRefusesWhatTheFileWould();
    void clearingMeansNotGiven_data();
    void clearingMeansNotGiven();
    void workloadMnemonics_data();
    void workloadMnemonics();
    void tabWalksTheWorkload();
    void rateDecidesTheFrequency_data();
    void rateDecidesTheFrequency();
    void clearingTheRateKeepsTheWord();
    void rateRefusesWhatTheFileWould_data();
    void rateRefusesWhatTheFileWould();

private:
    const Entity &users() const { return *m_doc->project().entity(u"users"); }
    /// The workload field "items", "size" or "egress".
    QLineEdit *field(const QString &name) const;
    /// What the model holds for it: items, bytes or GB a month; -1 when not given.
    double stored(const QString &name) const;
    /// Shows the editor in an active window, as a user has it: focus moves and mnemonics work.
    void showActive();
    /// Types @p keys over what @p field holds and presses Enter, as a user commits a value.
    static void typeInto(QLineEdit *field, const QString &keys);

    Document *m_doc = nullptr;
    DesignContext *m_context = nullptr;
    EntityEditor *m_editor = nullptr;
};

void TestEntityEditor::init()
{
    // Numbers as a user in the United States reads and types them ("1,000,000"), whatever the
    // machine running the tests is set to.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_doc = new Document;
    // The sample as a version 1 design: no rates decide its frequencies, no workload is given.
    m_doc->setProject(test::versionOne(test::sample()));
    m_context = new DesignContext(m_doc);
    m_editor = new EntityEditor(m_context);
    m_context->setCurrentEntity(QStringLiteral("users"));
}

void TestEntityEditor::cleanup()
{
    delete m_editor;
    delete m_context;
    delete m_doc;
}

void TestEntityEditor::showsTheCurrentEntity()
{
    QCOMPARE(m_editor->nameEdit()->text(), QStringLiteral("Users"));
    QCOMPARE(m_editor->descriptionEdit()->toPlainText(), users().description);
    QCOMPARE(m_editor->patternModel()->rowCount(), int(users().patterns.size()));
    QCOMPARE(m_editor->patternModel()->index(0, PatternTableModel::NameColumn).data().toString(),
             users().patterns[0].name);
    m_context->setCurrentEntity(QStringLiteral("images"));
    QCOMPARE(m_editor->nameEdit()->text(), QStringLiteral("Images"));
}

void TestEntityEditor::renameIsOneUndoStep()
{
    const int steps = m_doc->undoStack()->count();
    m_editor->nameEdit()->selectAll();
    QTest::keyClicks(m_editor->nameEdit(), QStringLiteral("Customer accounts"));
    QCOMPARE(users().name, QStringLiteral("Customer accounts"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1); // typing merges
    m_doc->undoStack()->undo();
    QCOMPARE(users().name, QStringLiteral("Users"));
    QCOMPARE(m_editor->nameEdit()->text(), QStringLiteral("Users"));
}

void TestEntityEditor::description()
{
    m_editor->descriptionEdit()->setPlainText(QStringLiteral("People who buy"));
    QCOMPARE(users().description, QStringLiteral("People who buy"));
    m_doc->undoStack()->undo();
    QVERIFY(users().description != QStringLiteral("People who buy"));
}

// The Notes field: the architect's rationale, one undo step per stretch of typing, in the file.
void TestEntityEditor::notes()
{
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->notesEdit()->setFocus();
    QTest::keyClicks(m_editor->notesEdit(), QStringLiteral("Joined with orders"));
    QCOMPARE(users().notes, QStringLiteral("Joined with orders"));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Note on \"Users\""));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(users().notes.isEmpty());
    QVERIFY(m_editor->notesEdit()->toPlainText().isEmpty());
}

void TestEntityEditor::schemaAndDurability_data()
{
    QTest::addColumn<int>("schema");
    QTest::addColumn<int>("durability");
    QTest::newRow("flexible, ephemeral") << int(SchemaKind::Flexible) << int(Durability::Ephemeral);
    QTest::newRow("fixed, reconstructible")
        << int(SchemaKind::Fixed) << int(Durability::Reconstructible);
}

void TestEntityEditor::schemaAndDurability()
{
    QFETCH(int, schema);
    QFETCH(int, durability);
    const Entity before = users();
    m_editor->schemaBox()->setCurrentIndex(schema);
    emit m_editor->schemaBox()->activated(schema);
    m_editor->durabilityBox()->setCurrentIndex(durability);
    emit m_editor->durabilityBox()->activated(durability);
    QCOMPARE(int(users().schema), schema);
    QCOMPARE(int(users().durability), durability);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(users(), before);
    QCOMPARE(m_editor->durabilityBox()->currentIndex(), int(before.durability));
}

void TestEntityEditor::editPatternCell_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("name") << int(PatternTableModel::NameColumn) << "Find user by email";
    QTest::newRow("type") << int(PatternTableModel::TypeColumn) << "binary-blob";
    QTest::newRow("frequency") << int(PatternTableModel::FrequencyColumn) << "very-high";
    QTest::newRow("with") << int(PatternTableModel::WithColumn) << "payments";
    QTest::newRow("rate") << int(PatternTableModel::RateColumn) << "120";
}

void TestEntityEditor::editPatternCell()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    PatternTableModel *model = m_editor->patternModel();
    const Pattern before = users().patterns[0];
    QVERIFY(model->setData(model->index(0, column), value));
    QCOMPARE(model->index(0, column).data(PatternTableModel::IdRole).toString(), value);
    QVERIFY(users().patterns[0] != before);
    m_doc->undoStack()->undo();
    QCOMPARE(users().patterns[0], before);
}

void TestEntityEditor::addRemoveReorderPatterns()
{
    PatternTableModel *model = m_editor->patternModel();
    const std::vector<Pattern> before = users().patterns;
    model->addPattern();
    QCOMPARE(model->rowCount(), int(before.size() + 1));
    model->movePattern(int(before.size()), 0);
    QCOMPARE(users().patterns.front().name, model->index(0, 0).data().toString());
    QVERIFY(users().patterns[1] == before[0]);
    model->removePattern(0);
    QCOMPARE(users().patterns, before);
    for (int i = 0; i < 3; ++i)
        m_doc->undoStack()->undo();
    QCOMPARE(users().patterns, before);
}

void TestEntityEditor::keyboardEntersAPattern_data()
{
    QTest::addColumn<QString>("typeKeys");
    QTest::addColumn<QString>("frequencyKeys");
    QTest::addColumn<QString>("rateKeys");
    QTest::addColumn<QString>("withKeys");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<QString>("with");
    // Type-ahead over the whole prefix: "Ap" is not Publish/subscribe, "Pr" is not Payments.
    QTest::newRow("labels") << "Ap"
                            << "Ve"
                            << ""
                            << "Pr"
                            << "append-only-write"
                            << "very-high" << -1.0 << "product-catalog";
    QTest::newRow("ids, any case") << "pub"
                                   << "me"
                                   << ""
                                   << "ses"
                                   << "pub-sub"
                                   << "medium" << -1.0 << "sessions";
    QTest::newRow("a prefix that stops matching starts again") << "ab"
                                                               << "h"
                                                               << ""
                                                               << "or"
                                                               << "binary-blob"
                                                               << "high" << -1.0 << "orders";
    QTest::newRow("a rate decides the word") << "lo"
                                             << "l"
                                             << "250"
                                             << "or"
                                             << "lookup-by-key"
                                             << "very-high" << 250.0 << "orders";
}

// "+" opens the new row's name editor; Tab walks name, type, frequency, rate, with; Enter commits.
// The whole pattern is one entity with one pattern more, each cell one undo step.
void TestEntityEditor::keyboardEntersAPattern()
{
    QFETCH(QString, typeKeys);
    QFETCH(QString, frequencyKeys);
    QFETCH(QString, rateKeys);
    QFETCH(QString, withKeys);
    QFETCH(QString, type);
    QFETCH(QString, frequency);
    QFETCH(double, perSecond);
    QFETCH(QString, with);
    m_editor->resize(500, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    const size_t before = users().patterns.size();
    QTest::mouseClick(m_editor->addPatternButton(), Qt::LeftButton);
    QCOMPARE(users().patterns.size(), before + 1);
    auto typeInto = [](const QString &keys) {
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClicks(editor, keys);
    };
    typeInto(QStringLiteral("Find by email"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(typeKeys);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(frequencyKeys);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(rateKeys);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(withKeys);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(users().patterns.back().with, with); // Enter commits once the editor had the key
    const Pattern &added = users().patterns.back();
    QCOMPARE(added.name, QStringLiteral("Find by email"));
    QCOMPARE(toId(added.type), type);
    QCOMPARE(toId(added.frequency), frequency);
    QCOMPARE(added.perSecond, perSecond);
    QCOMPARE(added.with, with);
    QCOMPARE(users().description, test::sample().entity(u"users")->description);
    QCOMPARE(QApplication::focusWidget(), m_editor->patternView()); // the editor closed
}

void TestEntityEditor::deleteKeyRemovesThePattern()
{
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    const std::vector<Pattern> before = users().patterns;
    QTableView *table = m_editor->patternView();
    table->setFocus();
    table->setCurrentIndex(m_editor->patternModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(users().patterns.size(), before.size() - 1);
    QCOMPARE(users().patterns.front(), before[1]);
    QVERIFY(m_doc->project().entity(u"users")); // the entity stays
    m_doc->undoStack()->undo();
    QCOMPARE(users().patterns, before);
}

void TestEntityEditor::editKeepsCurrentRow()
{
    PatternTableModel *model = m_editor->patternModel();
    m_editor->patternView()->setCurrentIndex(model->index(1, PatternTableModel::FrequencyColumn));
    QVERIFY(
        model->setData(model->index(1, PatternTableModel::FrequencyColumn), QStringLiteral("low")));
    QCOMPARE(m_editor->patternView()->currentIndex().row(), 1);
}

void TestEntityEditor::disabledWithoutEntity()
{
    m_context->setCurrentEntity(QString());
    QVERIFY(!m_editor->nameEdit()->isEnabled());
    QCOMPARE(m_editor->patternModel()->rowCount(), 0);
}

void TestEntityEditor::showsWhatIf_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("shown");
    QTest::newRow("sessions") << QStringLiteral("sessions")
                              << QStringLiteral("Would move to DynamoDB if its durability were "
                                                "critical");
    QTest::newRow("users: nothing moves it") << QStringLiteral("users") << QString();
}

void TestEntityEditor::showsWhatIf()
{
    QFETCH(QString, entity);
    QFETCH(QString, shown);
    m_context->setCurrentEntity(entity);
    const QLabel *label = m_editor->findChild<QLabel *>(QStringLiteral("whatIf"));
    QVERIFY(label);
    QCOMPARE(label->text(), shown);
    QCOMPARE(label->isVisibleTo(m_editor), !shown.isEmpty());
}

// The what-if lines came and went above the form: the pattern table jumped under the pointer
// from one entity to the next. Now nothing above the table changes height.
void TestEntityEditor::tableStaysPutBetweenEntities()
{
    m_editor->resize(420, 640);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    const auto tableTop = [this] {
        QCoreApplication::processEvents(); // the layout settles
        return m_editor->findChild<QTableView *>()->mapTo(m_editor, QPoint(0, 0)).y();
    };
    const int top = tableTop();
    for (const char *id : {"sessions", "users", "orders", "sessions"}) {
        m_context->setCurrentEntity(QString::fromLatin1(id));
        QCOMPARE(tableTop(), top);
    }
    const QLabel *whatIf = m_editor->findChild<QLabel *>(QStringLiteral("whatIf"));
    QVERIFY(whatIf->isVisible()); // sessions has what-ifs: they are shown, under the table
    QVERIFY(whatIf->mapTo(m_editor, QPoint(0, 0)).y() > top);
}

QLineEdit *TestEntityEditor::field(const QString &name) const
{
    if (name == QLatin1String("items"))
        return m_editor->itemsEdit();
    return name == QLatin1String("size") ? m_editor->itemSizeEdit() : m_editor->egressEdit();
}

double TestEntityEditor::stored(const QString &name) const
{
    const Workload &w = users().workload;
    if (name == QLatin1String("items"))
        return double(w.items);
    return name == QLatin1String("size") ? w.itemBytes : w.egressGBPerMonth;
}

void TestEntityEditor::showActive()
{
    m_editor->resize(500, 800);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
}

void TestEntityEditor::typeInto(QLineEdit *field, const QString &keys)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, keys);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestEntityEditor::workloadField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("unit"); ///< chosen before typing; -1: the field has none
    QTest::addColumn<QString>("keys");
    QTest::addColumn<double>("value"); ///< in the model: items, bytes or GB a month
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("shownUnit");
    QTest::newRow("items") << "items" << -1 << "1000000" << 1e6 << "1,000,000"
                           << "";
    QTest::newRow("item size in KB") << "size" << 1 << "2" << 2048.0 << "2"
                                     << "KB";
    QTest::newRow("bytes shown in the largest unit") << "size" << 0 << "1536" << 1536.0 << "1.5"
                                                     << "KB";
    QTest::newRow("DynamoDB's 400 KB typed in bytes")
        << "size" << 0 << "409600" << 409600.0 << "400"
        << "KB";
    QTest::newRow("bytes where KB would need four decimals")
        << "size" << 0 << "1000000" << 1e6 << "1,000,000"
        << "bytes";
    QTest::newRow("a fraction of a GB") << "size" << 3 << "1.5" << 1.5 * BytesPerGB << "1.5"
                                        << "GB";
    QTest::newRow("egress") << "egress" << -1 << "500.5" << 500.5 << "500.5"
                            << "";
    // Bounded as the file reader bounds them: the key that would go beyond is refused.
    QTest::newRow("items beyond the file's limit: the last digit is refused")
        << "items" << -1 << "12345678901234567" << 123456789012345.0 << "123,456,789,012,345"
        << "";
    QTest::newRow("items: decimals are refused") << "items" << -1 << "12.5" << 12.0 << "12"
                                                 << "";
    QTest::newRow("egress: a minus sign is refused") << "egress" << -1 << "-5" << 5.0 << "5"
                                                     << "";
}

// Each workload field, typed and committed with Enter: one undo step named after the entity, the
// value shown back (an item size in the largest unit it reads well in); undo shows "not given".
void TestEntityEditor::workloadField()
{
    QFETCH(QString, name);
    QFETCH(int, unit);
    QFETCH(QString, keys);
    QFETCH(double, value);
    QFETCH(QString, shown);
    QFETCH(QString, shownUnit);
    showActive();
    QUndoStack *stack = m_doc->undoStack();
    QComboBox *units = m_editor->itemUnitBox();
    if (unit >= 0) {
        units->setCurrentIndex(unit);
        emit units->activated(unit);
    }
    QCOMPARE(stack->count(), 0); // a unit for an empty field changes nothing
    QLineEdit *edit = field(name);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(edit->placeholderText(), QStringLiteral("not given"));
    typeInto(edit, keys);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Set workload of \"Users\""));
    QCOMPARE(stored(name), value);
    QCOMPARE(edit->text(), shown);
    if (!shownUnit.isEmpty())
        QCOMPARE(units->currentText(), shownUnit);
    QTest::keyClick(edit, Qt::Key_Return); // the value as shown is the value stored: no step
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(users().workload, Workload{});
    QVERIFY(edit->text().isEmpty());
}

// A German user types "1,5" and reads "1.024" back: the fields follow the user's locale.
void TestEntityEditor::workloadInTheUsersLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    delete m_editor; // its fields take the locale they are made in
    m_editor = new EntityEditor(m_context);
    showActive();
    QComboBox *units = m_editor->itemUnitBox();
    units->setCurrentIndex(3);
    emit units->activated(3);
    typeInto(m_editor->itemSizeEdit(), QStringLiteral("1,5"));
    QCOMPARE(users().workload.itemBytes, 1.5 * BytesPerGB);
    QCOMPARE(m_editor->itemSizeEdit()->text(), QStringLiteral("1,5"));
    typeInto(m_editor->itemsEdit(), QStringLiteral("1024"));
    QCOMPARE(m_editor->itemsEdit()->text(), QStringLiteral("1.024"));
    QTest::keyClick(m_editor->itemsEdit(), Qt::Key_Return); // read back as typed: no step
    QCOMPARE(users().workload.items, 1024);
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestEntityEditor::unitAppliesToTheNumber_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("shownUnit");
    QTest::newRow("2 bytes, then MB") << "2" << 0 << 2 << 2.0 * 1024 * 1024 << "MB";
    QTest::newRow("3 GB, then KB") << "3" << 3 << 1 << 3072.0 << "KB";
}

// Choosing a unit for a number already there means that number in the new unit: 2 bytes become
// 2 MB, one undo step of its own, undone to 2 bytes.
void TestEntityEditor::unitAppliesToTheNumber()
{
    QFETCH(QString, keys);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(double, bytes);
    QFETCH(QString, shownUnit);
    showActive();
    QUndoStack *stack = m_doc->undoStack();
    QComboBox *units = m_editor->itemUnitBox();
    units->setCurrentIndex(from);
    emit units->activated(from);
    typeInto(m_editor->itemSizeEdit(), keys);
    const double typed = users().workload.itemBytes;
    const QString fromUnit = units->currentText();
    units->setCurrentIndex(to);
    emit units->activated(to);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Set workload of \"Users\""));
    QCOMPARE(users().workload.itemBytes, bytes);
    QCOMPARE(m_editor->itemSizeEdit()->text(), keys);
    QCOMPARE(units->currentText(), shownUnit);
    stack->undo();
    QCOMPARE(users().workload.itemBytes, typed);
    QCOMPARE(m_editor->itemSizeEdit()->text(), keys);
    QCOMPARE(units->currentText(), fromUnit);
}

void TestEntityEditor::workloadRefusesWhatTheFileWould_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("to"); ///< the unit chosen after; -1: none
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("shownUnit");
    // The file reader wants an item size above 0 and at most 5 TB (S3's largest object).
    QTest::newRow("a size of 0 is no size") << 0 << "0" << -1 << 0 << ""
                                            << "bytes";
    QTest::newRow("5000 MB may not become 5000 GB") << 2 << "5000" << 3 << 1 << "5,000"
                                                    << "MB";
}

// A value the file would refuse is never stored: the field shows the stored value again when the
// user leaves it.
void TestEntityEditor::workloadRefusesWhatTheFileWould()
{
    QFETCH(int, unit);
    QFETCH(QString, keys);
    QFETCH(int, to);
    QFETCH(int, steps);
    QFETCH(QString, shown);
    QFETCH(QString, shownUnit);
    showActive();
    QComboBox *units = m_editor->itemUnitBox();
    units->setCurrentIndex(unit);
    emit units->activated(unit);
    typeInto(m_editor->itemSizeEdit(), keys);
    if (to >= 0) {
        units->setCurrentIndex(to);
        emit units->activated(to);
    }
    m_editor->nameEdit()->setFocus(); // the user leaves the field
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_editor->itemSizeEdit()->text(), shown);
    QCOMPARE(units->currentText(), shownUnit);
    QVERIFY(users().workload.itemBytes <= 5e12);
}

void TestEntityEditor::clearingMeansNotGiven_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("items") << "items";
    QTest::newRow("item size") << "size";
    QTest::newRow("egress") << "egress";
}

// Emptying a field takes the value back to "not given" (the others stay); undo brings it back.
void TestEntityEditor::clearingMeansNotGiven()
{
    QFETCH(QString, name);
    const Workload given{10, 2048, 5};
    m_doc->undoStack()->push(EditEntityCommand::setWorkload(m_doc, QStringLiteral("users"), given));
    showActive();
    const QString shown = field(name)->text();
    QVERIFY(!shown.isEmpty());
    typeInto(field(name), QString());
    QCOMPARE(stored(name), -1.0);
    QVERIFY(field(name)->text().isEmpty()); // the placeholder says "not given"
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Set workload of \"Users\""));
    for (const char *other : {"items", "size", "egress"}) {
        if (name != QLatin1String(other))
            QVERIFY(stored(QString::fromLatin1(other)) >= 0);
    }
    m_doc->undoStack()->undo();
    QCOMPARE(users().workload, given);
    QCOMPARE(field(name)->text(), shown);
}

void TestEntityEditor::workloadMnemonics_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("Alt+I: items") << int(Qt::Key_I) << "items";
    QTest::newRow("Alt+Z: item size") << int(Qt::Key_Z) << "size";
    QTest::newRow("Alt+G: egress") << int(Qt::Key_G) << "egress";
}

void TestEntityEditor::workloadMnemonics()
{
    QFETCH(int, key);
    QFETCH(QString, name);
    showActive();
    m_editor->nameEdit()->setFocus();
    QTest::keyClick(m_editor->nameEdit(), Qt::Key(key), Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field(name));
}

// From Durability, Tab walks the workload in reading order, the unit right after the size, then on
// to the access patterns.
void TestEntityEditor::tabWalksTheWorkload()
{
    showActive();
    m_editor->durabilityBox()->setFocus();
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_editor->itemsEdit(), m_editor->itemSizeEdit(), m_editor->itemUnitBox(),
             m_editor->egressEdit(), m_editor->addPatternButton()}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void TestEntityEditor::rateDecidesTheFrequency_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("tip");
    QTest::newRow("120/s") << "120"
                           << "very-high"
                           << "Very high"
                           << "Decided by the rate: 120 per second is “Very high” (100 per second "
                              "or more).";
    QTest::newRow("10/s") << "10"
                          << "high"
                          << "High"
                          << "Decided by the rate: 10 per second is “High” (10 to under 100 per "
                             "second).";
    QTest::newRow("1/s") << "1"
                         << "medium"
                         << "Medium"
                         << "Decided by the rate: 1 per second is “Medium” (1 to under 10 per "
                            "second).";
    QTest::newRow("0.5/s") << "0.5"
                           << "low"
                           << "Low"
                           << "Decided by the rate: 0.5 per second is “Low” (under 1 per second).";
}

// A rate decides the frequency word: the cell shows the word in italics, says why in its tooltip
// and cannot be edited; one undo step names the pattern, and undo gives the word back.
void TestEntityEditor::rateDecidesTheFrequency()
{
    QFETCH(QString, rate);
    QFETCH(QString, frequency);
    QFETCH(QString, shown);
    QFETCH(QString, tip);
    PatternTableModel *model = m_editor->patternModel();
    const QModelIndex rateCell = model->index(0, PatternTableModel::RateColumn);
    const QModelIndex frequencyCell = model->index(0, PatternTableModel::FrequencyColumn);
    const Pattern before = users().patterns[0];
    QCOMPARE(model->headerData(PatternTableModel::RateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Rate (/s)"));
    QVERIFY(rateCell.data().toString().isEmpty()); // not given
    QVERIFY(model->setData(rateCell, rate));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(),
             QStringLiteral("Edit access pattern \"Get user by email\""));
    QCOMPARE(rateCell.data().toString(), rate);
    QCOMPARE(toId(users().patterns[0].frequency), frequency);
    QCOMPARE(frequencyCell.data().toString(), shown);
    QVERIFY(frequencyCell.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY2(frequencyCell.data(Qt::ToolTipRole).toString().startsWith(tip),
             qPrintable(frequencyCell.data(Qt::ToolTipRole).toString()));
    QVERIFY(!(frequencyCell.flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(frequencyCell, QStringLiteral("low"))); // the rate decides
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(users().patterns[0], before);
    QCOMPARE(frequencyCell.data().toString(), QStringLiteral("High"));
    QVERIFY(!frequencyCell.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(frequencyCell.flags() & Qt::ItemIsEditable);
}

// Clearing the rate leaves the word it decided, now the user's to change again.
void TestEntityEditor::clearingTheRateKeepsTheWord()
{
    PatternTableModel *model = m_editor->patternModel();
    const QModelIndex rateCell = model->index(0, PatternTableModel::RateColumn);
    const QModelIndex frequencyCell = model->index(0, PatternTableModel::FrequencyColumn);
    QVERIFY(model->setData(rateCell, QStringLiteral("250")));
    QVERIFY(model->setData(rateCell, QString()));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(),
             QStringLiteral("Edit access pattern \"Get user by email\""));
    QCOMPARE(users().patterns[0].perSecond, -1.0);
    QCOMPARE(frequencyCell.data().toString(), QStringLiteral("Very high"));
    QVERIFY(!frequencyCell.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(frequencyCell.flags() & Qt::ItemIsEditable);
    QVERIFY(model->setData(frequencyCell, QStringLiteral("low")));
    QCOMPARE(users().patterns[0].frequency, Frequency::Low);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(rateCell.data().toString(), QStringLiteral("250"));
}

void TestEntityEditor::rateRefusesWhatTheFileWould_data()
{
    QTest::addColumn<QString>("rate");
    QTest::newRow("negative") << "-1";
    QTest::newRow("not a number") << "many";
    QTest::newRow("beyond a billion a second") << "2000000000";
}

void TestEntityEditor::rateRefusesWhatTheFileWould()
{
    QFETCH(QString, rate);
    PatternTableModel *model = m_editor->patternModel();
    const Pattern before = users().patterns[0];
    QVERIFY(!model->setData(model->index(0, PatternTableModel::RateColumn), rate));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(users().patterns[0], before);
}

QTEST_MAIN(TestEntityEditor)
#include "tst_entityeditor.moc"
