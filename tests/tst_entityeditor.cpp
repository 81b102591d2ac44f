#include "tests/guifixture.h"

#include "model/designcontext.h"
#include "views/panels/entityeditor.h"
#include "views/panels/patterntablemodel.h"

#include <QComboBox>
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

private:
    const Entity &users() const { return *m_doc->project().entity(u"users"); }

    Document *m_doc = nullptr;
    DesignContext *m_context = nullptr;
    EntityEditor *m_editor = nullptr;
};

void TestEntityEditor::init()
{
    m_doc = new Document;
    m_doc->setProject(test::sample());
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
    QTest::addColumn<QString>("withKeys");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<QString>("with");
    // Type-ahead over the whole prefix: "Ap" is not Publish/subscribe, "Pr" is not Payments.
    QTest::newRow("labels") << "Ap"
                            << "Ve"
                            << "Pr"
                            << "append-only-write"
                            << "very-high"
                            << "product-catalog";
    QTest::newRow("ids, any case") << "pub"
                                   << "me"
                                   << "ses"
                                   << "pub-sub"
                                   << "medium"
                                   << "sessions";
    QTest::newRow("a prefix that stops matching starts again") << "ab"
                                                               << "h"
                                                               << "or"
                                                               << "binary-blob"
                                                               << "high"
                                                               << "orders";
}

// "+" opens the new row's name editor; Tab walks name, type, frequency, with; Enter commits. The
// whole pattern is one entity with one pattern more, each cell one undo step.
void TestEntityEditor::keyboardEntersAPattern()
{
    QFETCH(QString, typeKeys);
    QFETCH(QString, frequencyKeys);
    QFETCH(QString, withKeys);
    QFETCH(QString, type);
    QFETCH(QString, frequency);
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
    typeInto(withKeys);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(users().patterns.back().with, with); // Enter commits once the editor had the key
    const Pattern &added = users().patterns.back();
    QCOMPARE(added.name, QStringLiteral("Find by email"));
    QCOMPARE(toId(added.type), type);
    QCOMPARE(toId(added.frequency), frequency);
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

QTEST_MAIN(TestEntityEditor)
#include "tst_entityeditor.moc"
