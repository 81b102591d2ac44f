#include "tests/guifixture.h"

#include "model/designcontext.h"
#include "model/placement.h"
#include "tests/bench/generator.h"
#include "views/panels/complexitymeter.h"
#include "views/panels/decisionmatrixmodel.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/fitmatrixmodel.h"
#include "views/panels/patterntablemodel.h"

#include "model/commands/commands.h"

#include <QHeaderView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestAnalysisPanels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fitMatrixShowsAnalysis();
    void fitMatrixRedrawsWhatChanged_data();
    void fitMatrixRedrawsWhatChanged();
    void analysedOncePerChange();
    void editingPatternUpdatesFitMatrixAndFindings();
    void moveToCell_data();
    void moveToCell();
    void panelsFollowEveryEdit_data();
    void panelsFollowEveryEdit();
    void findingClickSelectsEntity();
    void findingsHaveSeverityIcons();
    void decisionMatrixHighlights_data();
    void decisionMatrixHighlights();
    void meterFollowsLayout();
    void longNamesAreElided_data();
    void longNamesAreElided();
    void rowsAreMeasuredOnce();

private:
    int kind(const char *id) const { return Catalog::builtin().kindIndex(QString::fromLatin1(id)); }

    Document *m_doc = nullptr;
    DesignContext *m_context = nullptr;
    FitMatrixModel *m_fit = nullptr;
    FindingsModel *m_findings = nullptr;
    DecisionMatrixModel *m_matrix = nullptr;
    ComplexityMeter *m_meter = nullptr;
};

void TestAnalysisPanels::init()
{
    m_doc = new Document;
    m_doc->setProject(test::sample());
    m_context = new DesignContext(m_doc);
    m_fit = new FitMatrixModel(m_context);
    m_findings = new FindingsModel(m_context);
    m_matrix = new DecisionMatrixModel(m_context);
    m_meter = new ComplexityMeter(m_context);
}

void TestAnalysisPanels::cleanup()
{
    delete m_meter;
    delete m_matrix;
    delete m_findings;
    delete m_fit;
    delete m_context;
    delete m_doc;
}

void TestAnalysisPanels::fitMatrixShowsAnalysis()
{
    const Project &project = m_doc->project();
    const Analysis expected = analyse(project, project.users, Catalog::builtin());
    QCOMPARE(m_fit->rowCount(), int(project.entities.size()));
    QCOMPARE(m_fit->columnCount(), Catalog::builtin().kindCount());
    for (int r = 0; r < m_fit->rowCount(); ++r) {
        for (int c = 0; c < m_fit->columnCount(); ++c) {
            const QModelIndex index = m_fit->index(r, c);
            QCOMPARE(index.data(FitMatrixModel::FitRole).toDouble(),
                     expected.entities[size_t(r)].fits[size_t(c)]);
            QCOMPARE(index.data(FitMatrixModel::PlacedRole).toBool(),
                     expected.entities[size_t(r)].kind == c);
        }
    }
    // Every score explains itself
    const QString tip = m_fit->index(0, kind("postgresql")).data(Qt::ToolTipRole).toString();
    QStringList reasons;
    fitScore(project.entities[0], kind("postgresql"), project.users, Catalog::builtin(), &reasons);
    QVERIFY(!reasons.isEmpty());
    QVERIFY2(tip.contains(reasons.first().toHtmlEscaped()), qPrintable(tip));
}

// An edit redraws exactly the rows whose fits or placement it changed.
void TestAnalysisPanels::fitMatrixRedrawsWhatChanged_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("fewest"); ///< rows that must change at least
    QTest::addColumn<int>("most");
    QTest::newRow("move an entity") << "place" << 1 << 1;
    QTest::newRow("new scale") << "users" << 6 << 100;
}

void TestAnalysisPanels::fitMatrixRedrawsWhatChanged()
{
    QFETCH(QString, edit);
    QFETCH(int, fewest);
    QFETCH(int, most);
    const Analysis before = m_context->analysis();
    QSignalSpy changed(m_fit, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_fit, &QAbstractItemModel::modelReset);
    if (edit == QLatin1String("place"))
        m_doc->undoStack()->push(
            new PlaceEntityCommand(m_doc, QStringLiteral("sessions"), QStringLiteral("postgres")));
    else
        m_doc->undoStack()->push(new SetUsersCommand(m_doc, 50'000'000));
    QCOMPARE(reset.count(), 0);
    QSet<int> announced;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        for (int r = signal[0].toModelIndex().row(); r <= signal[1].toModelIndex().row(); ++r)
            announced.insert(r);
    }
    QSet<int> differ;
    for (int r = 0; r < m_fit->rowCount(); ++r) {
        const EntityScore &now = m_context->analysis().entities[size_t(r)];
        const EntityScore &was = before.entities[size_t(r)];
        if (now.kind != was.kind || now.fits != was.fits)
            differ.insert(r);
        for (int c = 0; c < m_fit->columnCount(); ++c)
            QCOMPARE(m_fit->index(r, c).data(FitMatrixModel::FitRole).toDouble(), now.fits[c]);
    }
    QCOMPARE(announced, differ);
    QVERIFY2(differ.size() >= fewest && differ.size() <= most,
             qPrintable(QString::number(differ.size())));
    if (edit == QLatin1String("place"))
        QVERIFY(differ.contains(m_fit->rowOf(QStringLiteral("sessions"))));
}

void TestAnalysisPanels::analysedOncePerChange()
{
    QSignalSpy analysed(m_context, &DesignContext::analysed);
    m_doc->undoStack()->push(
        new PlaceEntityCommand(m_doc, QStringLiteral("users"), QStringLiteral("mongo")));
    QCOMPARE(analysed.count(), 1);
}

void TestAnalysisPanels::editingPatternUpdatesFitMatrixAndFindings()
{
    // Users on Postgres start storing avatars inline: a binary blob in a database.
    const int row = m_fit->rowOf(QStringLiteral("users"));
    const QModelIndex cell = m_fit->index(row, kind("postgresql"));
    const double before = cell.data(FitMatrixModel::FitRole).toDouble();
    QVERIFY(!m_findings->rules().contains(QStringLiteral("binary-in-database")));

    m_context->setCurrentEntity(QStringLiteral("users"));
    PatternTableModel patterns(m_context);
    QVERIFY(patterns.setData(patterns.index(0, PatternTableModel::TypeColumn),
                             QStringLiteral("binary-blob")));

    const Project &project = m_doc->project();
    const Analysis expected = analyse(project, project.users, Catalog::builtin());
    QCOMPARE(m_fit->index(row, kind("postgresql")).data(FitMatrixModel::FitRole).toDouble(),
             expected.entities[size_t(row)].fits[size_t(kind("postgresql"))]);
    QVERIFY(m_fit->index(row, kind("postgresql")).data(FitMatrixModel::FitRole).toDouble() <
            before);
    QVERIFY(m_findings->rules().contains(QStringLiteral("binary-in-database")));

    m_doc->undoStack()->undo();
    QCOMPARE(m_fit->index(row, kind("postgresql")).data(FitMatrixModel::FitRole).toDouble(),
             before);
    QVERIFY(!m_findings->rules().contains(QStringLiteral("binary-in-database")));
}

void TestAnalysisPanels::moveToCell_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("createsStore");
    QTest::newRow("orders to an existing Mongo") << "orders"
                                                 << "mongodb" << false;
    QTest::newRow("cms to a new Elasticsearch") << "cms"
                                                << "elasticsearch" << true;
    QTest::newRow("clicks to a new Kafka") << "clicks"
                                           << "kafka" << true;
}

void TestAnalysisPanels::moveToCell()
{
    QFETCH(QString, entity);
    QFETCH(QString, kind);
    QFETCH(bool, createsStore);
    const Project before = m_doc->project();
    const int steps = m_doc->undoStack()->count();
    const QModelIndex cell = m_fit->index(m_fit->rowOf(entity), Catalog::builtin().kindIndex(kind));
    m_fit->moveToCell(cell);
    const Project &after = m_doc->project();
    QCOMPARE(after.stores.size(), before.stores.size() + (createsStore ? 1 : 0));
    QCOMPARE(after.store(after.entity(entity)->store)->kind, kind);
    QVERIFY(m_fit->index(cell.row(), cell.column()).data(FitMatrixModel::PlacedRole).toBool());
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project(), before);
}

void TestAnalysisPanels::panelsFollowEveryEdit_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<quint32>("seed");
    QTest::addRow("sample") << test::sample() << 1u;
    QTest::addRow("generated 300") << bench::generateProject(300) << 2u;
    QTest::addRow("generated 120, 500 users") << bench::generateProject(120, 500) << 3u;
}

// A view shows what the model's signals told it: rows removed, inserted and changed after each
// edit must leave the findings view showing the project's findings, as a fresh model would, and
// every fit matrix row that changed must have been announced; a move of one entity must not reset
// the thousands of findings it did not touch.
void TestAnalysisPanels::panelsFollowEveryEdit()
{
    QFETCH(Project, project);
    QFETCH(quint32, seed);
    m_doc->setProject(project);
    auto findingRow = [](const FindingsModel &model, int row) {
        return model.index(row, FindingsModel::MessageColumn).data().toString() + QLatin1Char('|') +
               model.index(row, FindingsModel::EntityColumn).data().toString() + QLatin1Char('|') +
               model.index(row, FindingsModel::RuleColumn).data().toString();
    };
    auto rowText = [&](int row) { return findingRow(*m_findings, row); };
    QStringList shown; // what a view following the signals shows
    auto showAll = [&] {
        shown.clear();
        for (int r = 0; r < m_findings->rowCount(); ++r)
            shown << rowText(r);
    };
    showAll();
    connect(m_findings, &QAbstractItemModel::modelReset, this, showAll);
    connect(
        m_findings, &QAbstractItemModel::rowsRemoved, this,
        [&](const QModelIndex &, int first, int last) { shown.remove(first, last - first + 1); });
    connect(m_findings, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                for (int r = first; r <= last; ++r)
                    shown.insert(r, rowText(r));
            });
    connect(m_findings, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                for (int r = from.row(); r <= to.row(); ++r)
                    shown[r] = rowText(r);
            });
    QSignalSpy resets(m_findings, &QAbstractItemModel::modelReset);
    // The fit matrix too: a row whose cells or name changed was announced, or the model reset.
    auto fitRow = [](const FitMatrixModel &model, int r) {
        QString text = model.headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model.columnCount(); ++c)
            text += QLatin1Char('|') + model.index(r, c).data(FitMatrixModel::FitRole).toString() +
                    model.index(r, c).data(FitMatrixModel::PlacedRole).toString();
        return text;
    };
    QSet<int> fitAnnounced;
    bool fitReset = false;
    connect(m_fit, &QAbstractItemModel::modelReset, this, [&] { fitReset = true; });
    connect(m_fit, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                for (int r = from.row(); r <= to.row(); ++r)
                    fitAnnounced.insert(r);
            });
    connect(m_fit, &QAbstractItemModel::headerDataChanged, this,
            [&](Qt::Orientation, int first, int last) {
                for (int r = first; r <= last; ++r)
                    fitAnnounced.insert(r);
            });
    QRandomGenerator random(seed);
    auto any = [&](const auto &list) { return list[size_t(random.bounded(int(list.size())))]; };
    int moves = 0;
    for (int edit = 0; edit < 120; ++edit) {
        const Project &now = m_doc->project();
        const QString id = any(now.entities).id;
        QUndoStack *undo = m_doc->undoStack();
        const int resetsBefore = int(resets.count());
        QStringList fitBefore;
        for (int r = 0; r < m_fit->rowCount(); ++r)
            fitBefore << fitRow(*m_fit, r);
        fitAnnounced.clear();
        fitReset = false;
        bool move = false;
        switch (random.bounded(8)) {
        case 0:
        case 1:
        case 2:
            undo->push(new PlaceEntityCommand(m_doc, id, any(now.stores).id));
            move = true;
            break;
        case 3:
            undo->push(
                EditEntityCommand::rename(m_doc, id, QStringLiteral("\"<b>%1</b>").arg(edit)));
            break;
        case 4:
            undo->push(EditEntityCommand::setDurability(m_doc, id, Durability(random.bounded(3))));
            break;
        case 5:
            undo->push(new RenameStoreCommand(m_doc, any(now.stores).id,
                                              QStringLiteral("store %1").arg(edit)));
            break;
        case 6:
            undo->push(new SetUsersCommand(m_doc, random.bounded(2) ? 300 : 20'000'000));
            break;
        default:
            if (undo->canUndo())
                undo->undo();
            break;
        }
        const bool reset = resets.count() > resetsBefore;
        moves += move && !reset;
        FindingsModel fresh(m_context);
        QCOMPARE(m_findings->rowCount(), fresh.rowCount());
        QCOMPARE(size_t(m_findings->rowCount()), m_context->analysis().findings.size());
        QStringList expected;
        for (int r = 0; r < fresh.rowCount(); ++r)
            expected << findingRow(fresh, r);
        QCOMPARE(shown, expected);

        const FitMatrixModel freshFit(m_context);
        QCOMPARE(m_fit->rowCount(), freshFit.rowCount());
        for (int r = 0; r < freshFit.rowCount(); ++r) {
            const QString now = fitRow(*m_fit, r);
            QCOMPARE(now, fitRow(freshFit, r));
            if (!fitReset && now != fitBefore.value(r))
                QVERIFY2(fitAnnounced.contains(r), qPrintable(now));
        }
    }
    QVERIFY2(moves > 20, qPrintable(QString::number(moves))); // moves changed rows, no reset
}

void TestAnalysisPanels::findingClickSelectsEntity()
{
    m_doc->undoStack()->push(
        new PlaceEntityCommand(m_doc, QStringLiteral("images"), QStringLiteral("postgres")));
    const QStringList rules = m_findings->rules();
    const int row = int(rules.indexOf(QStringLiteral("binary-in-database")));
    QVERIFY(row >= 0);
    QCOMPARE(m_findings->index(row, FindingsModel::EntityColumn).data().toString(),
             QStringLiteral("Images"));
    m_findings->activate(m_findings->index(row, FindingsModel::MessageColumn));
    QCOMPARE(m_context->currentEntity(), QStringLiteral("images"));
}

void TestAnalysisPanels::findingsHaveSeverityIcons()
{
    QVERIFY(m_findings->rowCount() > 0);
    for (int r = 0; r < m_findings->rowCount(); ++r) {
        const QIcon icon = m_findings->index(r, FindingsModel::MessageColumn)
                               .data(Qt::DecorationRole)
                               .value<QIcon>();
        QVERIFY(!icon.isNull());
    }
}

void TestAnalysisPanels::decisionMatrixHighlights_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QStringList>("highlighted");
    QTest::addColumn<QStringList>("plain");
    QTest::newRow("images: binary blobs")
        << "images" << QStringList{"dataModel", "costModel", "avoidFor"}
        << QStringList{"consistency"};
    QTest::newRow("orders: transactions")
        << "orders" << QStringList{"consistency", "schema", "durability"} << QStringList{};
    QTest::newRow("none selected")
        << "" << QStringList{} << QStringList{"schema", "latency", "queryPower"};
}

void TestAnalysisPanels::decisionMatrixHighlights()
{
    QFETCH(QString, entity);
    QFETCH(QStringList, highlighted);
    QFETCH(QStringList, plain);
    m_context->setCurrentEntity(entity);
    const std::vector<MatrixRow> &rows = Catalog::matrixRows();
    QCOMPARE(m_matrix->rowCount(), int(rows.size()));
    for (int r = 0; r < m_matrix->rowCount(); ++r) {
        const bool relevant =
            m_matrix->index(r, 0).data(DecisionMatrixModel::RelevantRole).toBool();
        if (highlighted.contains(rows[size_t(r)].key))
            QVERIFY2(relevant, qPrintable(rows[size_t(r)].key));
        if (plain.contains(rows[size_t(r)].key))
            QVERIFY2(!relevant, qPrintable(rows[size_t(r)].key));
    }
    // The text is the lesson's matrix
    QCOMPARE(m_matrix->index(0, kind("postgresql")).data().toString(),
             Catalog::builtin().kind(kind("postgresql")).matrixText.value(0));
}

void TestAnalysisPanels::longNamesAreElided_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("200 letters") << QString(200, QLatin1Char('W'));
    QTest::newRow("200 with spaces") << QStringLiteral("Word ").repeated(40).trimmed();
    QTest::newRow("wide letters") << QStringLiteral("数据库").repeated(60);
}

// A 200-letter entity name (the format allows it) is elided in the fit matrix and the findings,
// whole in their tooltips; no finding row grows past three lines, and the score columns keep their
// room.
void TestAnalysisPanels::longNamesAreElided()
{
    QFETCH(QString, name);
    QVERIFY(Placement::renameEntity(m_doc, QStringLiteral("images"), name, newGesture()));
    m_doc->undoStack()->push(
        new PlaceEntityCommand(m_doc, QStringLiteral("images"), QStringLiteral("postgres")));
    const int row = m_fit->rowOf(QStringLiteral("images"));
    const QString header = m_fit->headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
    QVERIFY2(header.size() <= 32, qPrintable(header));
    QVERIFY(header.contains(QChar(0x2026)));
    QVERIFY(m_fit->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString().contains(name));

    const int finding = int(m_findings->rules().indexOf(QStringLiteral("binary-in-database")));
    QVERIFY(finding >= 0);
    const QString cell = m_findings->index(finding, FindingsModel::EntityColumn).data().toString();
    QVERIFY2(cell.size() <= 16, qPrintable(cell));

    QTableView fitView;
    fitView.setModel(m_fit);
    fitView.resize(700, 400);
    QTableView findings;
    showFindings(&findings, m_findings);
    findings.resize(700, 400);
    fitView.show();
    findings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&findings));
    // The names take a part of the width, the eight score columns the rest.
    QVERIFY2(fitView.verticalHeader()->width() < fitView.width() / 2,
             qPrintable(QString::number(fitView.verticalHeader()->width())));
    QVERIFY(findings.columnWidth(FindingsModel::MessageColumn) > findings.width() / 3);
    const int threeLines = 3 * findings.fontMetrics().lineSpacing() + 8;
    QTRY_COMPARE(findings.rowHeight(finding), threeLines); // the long name wraps past three
    for (int r = 0; r < m_findings->rowCount(); ++r)
        QVERIFY2(findings.rowHeight(r) <= threeLines, qPrintable(QString::number(r)));
    // Each row on screen is as tall as the view itself would make it, capped at three lines,
    // whether it was laid out to be measured or, its text four times as wide as its column,
    // capped without: in this view, where every finding is capped, and in one so wide that some
    // are not.
    const QAbstractItemView &view = findings; // where sizeHint...() are public
    auto rowsUnderThreeLines = [&] {
        int shown = 0, shorter = 0;
        for (int r = 0; r < m_findings->rowCount(); ++r) {
            if (findings.rowViewportPosition(r) >= findings.viewport()->height())
                continue;
            const int fits =
                std::max(view.sizeHintForRow(r), findings.verticalHeader()->sectionSizeHint(r));
            if (findings.rowHeight(r) != std::min(fits, threeLines))
                return -1;
            ++shown;
            shorter += findings.rowHeight(r) < threeLines;
        }
        return shown == m_findings->rowCount() ? shorter : -1;
    };
    QCOMPARE(rowsUnderThreeLines(), 0);
    findings.resize(2400, 400);
    QTRY_VERIFY(rowsUnderThreeLines() > 0);
    findings.resize(700, 400);
    QTRY_COMPARE(rowsUnderThreeLines(), 0);
    // Where and the rule show whole, on one line, as wide as the view itself would make them, for
    // the findings there are and for one that comes.
    for (const int column : {int(FindingsModel::EntityColumn), int(FindingsModel::RuleColumn)})
        QTRY_VERIFY(findings.columnWidth(column) >= view.sizeHintForColumn(column));
    m_doc->undoStack()->push(EditEntityCommand::rename(
        m_doc, m_findings->index(finding, 0).data(FindingsModel::EntityIdRole).toString(),
        QStringLiteral("WWWWWWWWWWWWWWWWWWWW")));
    QTRY_VERIFY(findings.columnWidth(FindingsModel::EntityColumn) >=
                view.sizeHintForColumn(FindingsModel::EntityColumn));
}

void TestAnalysisPanels::meterFollowsLayout()
{
    const Project &project = m_doc->project();
    const Complexity expected = complexityOf(project, project.users, Catalog::builtin());
    QCOMPARE(m_meter->cost(), expected.cost);
    QCOMPARE(m_meter->budget(), expected.budget);
    m_doc->undoStack()->push(new RemoveStoreCommand(m_doc, QStringLiteral("mongo")));
    QVERIFY(m_meter->cost() < expected.cost);
    QVERIFY(m_meter->summary().contains(QString::number(rounded(m_meter->cost()))));
    // Money beside the burden: the sample's total a month, Mongo's part gone with it.
    QVERIFY2(m_meter->moneyLine().endsWith(formatUsd(m_context->analysis().cost.monthlyUsd) +
                                           QStringLiteral(" a month")),
             qPrintable(m_meter->moneyLine()));
    QVERIFY(m_meter->toolTip().contains(QStringLiteral("Postgres: $24.84 a month")));
    QVERIFY(!m_meter->toolTip().contains(QStringLiteral("Mongo: ")));
}

// The rows on screen are laid out when they come and when they change, not after every edit: a
// move whose findings lie below the view measures nothing on screen again.
void TestAnalysisPanels::rowsAreMeasuredOnce()
{
    struct CountingDelegate : QStyledItemDelegate
    {
        mutable int measured = 0;
        QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
        {
            ++measured;
            return QStyledItemDelegate::sizeHint(option, index);
        }
    };
    m_doc->setProject(bench::generateProject(300));
    QTableView findings;
    CountingDelegate delegate;
    findings.setItemDelegate(&delegate);
    showFindings(&findings, m_findings);
    findings.resize(700, 300);
    findings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&findings));
    QTRY_VERIFY(delegate.measured > 0);
    const int lastOnScreen = findings.rowAt(findings.viewport()->height() - 1);
    QVERIFY(lastOnScreen > 0);
    // The last entity: its findings come after those of every other entity of their rank.
    const Project &project = m_doc->project();
    const Entity &last = project.entities.back();
    const QString to = project.stores[project.stores.front().id == last.store ? 1 : 0].id;
    QSignalSpy inserted(m_findings, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_findings, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_findings, &QAbstractItemModel::modelReset);
    delegate.measured = 0;
    m_doc->undoStack()->push(new PlaceEntityCommand(m_doc, last.id, to));
    QCoreApplication::processEvents();
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() + changed.count() > 0); // the move changed its findings
    for (const QList<QVariant> &signal : std::as_const(inserted))
        QVERIFY2(signal[1].toInt() > lastOnScreen, "the edit changed a finding on screen");
    for (const QList<QVariant> &signal : std::as_const(changed))
        QVERIFY2(signal[0].toModelIndex().row() > lastOnScreen, "changed a finding on screen");
    QCOMPARE(delegate.measured, 0);
}

QTEST_MAIN(TestAnalysisPanels)
#include "tst_analysispanels.moc"
