#include "model/commands/commands.h"
#include "model/document.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace storemap;

using MakeCommand = std::function<QUndoCommand *(Document *)>;
using Expectation = std::function<bool(const Project &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(Expectation)

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoRoundTrip_data();
    void undoRedoRoundTrip();
    void typingMergesIntoOneStep_data();
    void typingMergesIntoOneStep();
    void storeMemory_data();
    void storeMemory();
    void signalsArePastTense();
    void removingAStoreAndUndoingPutsEntitiesBack();
};

void TestCommands::undoRedoRoundTrip_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<Expectation>("after");
    QTest::addColumn<QString>("text");

    const QString users = QStringLiteral("users");
    QTest::newRow("add entity") << MakeCommand([](Document *d) {
        return new AddEntityCommand(d, test::entity(QStringLiteral("carts"), {}));
    }) << Expectation([](const Project &p) {
        return p.entities.back().id == QLatin1String("carts");
    }) << "Add entity \"carts\"";
    QTest::newRow("remove entity clears links to it") << MakeCommand([](Document *d) {
        return new RemoveEntityCommand(d, QStringLiteral("orders"));
    }) << Expectation([](const Project &p) {
        return !p.entity(QStringLiteral("orders")) &&
               p.entity(QStringLiteral("users"))->patterns[1].with.isEmpty() &&
               p.entity(QStringLiteral("payments"))->patterns[0].with.isEmpty();
    }) << "Remove entity \"Orders\"";
    QTest::newRow("rename entity") << MakeCommand([users](Document *d) {
        return EditEntityCommand::rename(d, users, QStringLiteral("Accounts"));
    }) << Expectation([](const Project &p) {
        return p.entities[0].name == QLatin1String("Accounts");
    }) << "Rename entity to \"Accounts\"";
    QTest::newRow("describe entity") << MakeCommand([users](Document *d) {
        return EditEntityCommand::setDescription(d, users, QStringLiteral("People"));
    }) << Expectation([](const Project &p) {
        return p.entities[0].description == QLatin1String("People");
    }) << "Describe \"Users\"";
    QTest::newRow("schema") << MakeCommand([users](Document *d) {
        return EditEntityCommand::setSchema(d, users, SchemaKind::Flexible);
    }) << Expectation([](const Project &p) { return p.entities[0].schema == SchemaKind::Flexible; })
                            << "Set schema of \"Users\" to flexible";
    QTest::newRow("durability") << MakeCommand([users](Document *d) {
        return EditEntityCommand::setDurability(d, users, Durability::Ephemeral);
    }) << Expectation([](const Project &p) {
        return p.entities[0].durability == Durability::Ephemeral;
    }) << "Set durability of \"Users\" to ephemeral";
    QTest::newRow("add pattern") << MakeCommand([users](Document *d) {
        return EditEntityCommand::addPattern(d, users,
                                             test::pattern(PatternType::PubSub, Frequency::Low));
    }) << Expectation([](const Project &p) { return p.entities[0].patterns.size() == 3; })
                                 << "Add access pattern \"pub-sub\" to \"Users\"";
    QTest::newRow("edit pattern") << MakeCommand([users](Document *d) {
        return EditEntityCommand::editPattern(
            d, users, 0, test::pattern(PatternType::Aggregation, Frequency::Low));
    }) << Expectation([](const Project &p) {
        return p.entities[0].patterns[0].type == PatternType::Aggregation;
    }) << "Edit access pattern \"aggregation\"";
    QTest::newRow("remove pattern") << MakeCommand([users](Document *d) {
        return EditEntityCommand::removePattern(d, users, 0);
    }) << Expectation([](const Project &p) { return p.entities[0].patterns.size() == 1; })
                                    << "Remove access pattern \"Get user by email\"";
    QTest::newRow("reorder patterns") << MakeCommand([users](Document *d) {
        return EditEntityCommand::movePattern(d, users, 1, 0);
    }) << Expectation([](const Project &p) {
        return p.entities[0].patterns[0].type == PatternType::OneToManyJoin;
    }) << "Reorder access patterns of \"Users\"";
    QTest::newRow("workload") << MakeCommand([users](Document *d) {
        return EditEntityCommand::setWorkload(d, users, Workload{1'000'000, 2048, 50});
    }) << Expectation([](const Project &p) {
        return p.entities[0].workload == Workload{1'000'000, 2048, 50};
    }) << "Set workload of \"Users\"";
    QTest::newRow("place entity") << MakeCommand([](Document *d) {
        return new PlaceEntityCommand(d, QStringLiteral("sessions"), QStringLiteral("postgres"));
    }) << Expectation([](const Project &p) {
        return p.entity(QStringLiteral("sessions"))->store == QLatin1String("postgres");
    }) << "Place \"Sessions\" on \"Postgres\"";
    QTest::newRow("unplace entity") << MakeCommand([](Document *d) {
        return new PlaceEntityCommand(d, QStringLiteral("sessions"), QString());
    }) << Expectation([](const Project &p) {
        return p.entity(QStringLiteral("sessions"))->store.isEmpty();
    }) << "Unplace \"Sessions\"";
    QTest::newRow("add store") << MakeCommand([](Document *d) {
        return new AddStoreCommand(
            d, Store{QStringLiteral("kafka"), QStringLiteral("kafka"), QStringLiteral("Events")});
    }) << Expectation([](const Project &p) {
        return p.stores.size() == 6 && p.stores.back().name == QLatin1String("Events");
    }) << "Add store \"Events\"";
    QTest::newRow("remove store unplaces its entities") << MakeCommand([](Document *d) {
        return new RemoveStoreCommand(d, QStringLiteral("redis"));
    }) << Expectation([](const Project &p) {
        return !p.store(QStringLiteral("redis")) &&
               p.entity(QStringLiteral("sessions"))->store.isEmpty();
    }) << "Remove store \"Redis\"";
    QTest::newRow("rename store") << MakeCommand([](Document *d) {
        return new RenameStoreCommand(d, QStringLiteral("postgres"), QStringLiteral("Primary"));
    }) << Expectation([](const Project &p) { return p.stores[0].name == QLatin1String("Primary"); })
                                  << "Rename store to \"Primary\"";
    QTest::newRow("store memory") << MakeCommand([](Document *d) {
        return new SetStoreMemoryCommand(d, QStringLiteral("redis"), 4);
    }) << Expectation([](const Project &p) { return p.store(u"redis")->memoryGB == 4; })
                                  << "Set memory of \"Redis\" to 4 GB";
    QTest::newRow("operated kinds") << MakeCommand([](Document *d) {
        return new SetOperatedKindsCommand(d,
                                           {QStringLiteral("postgresql"), QStringLiteral("redis")});
    }) << Expectation([](const Project &p) {
        return p.operates == QStringList{QStringLiteral("postgresql"), QStringLiteral("redis")};
    }) << "Set operated kinds";
    QTest::newRow("scale") << MakeCommand([](Document *d) { return new SetUsersCommand(d, 100); })
                           << Expectation([](const Project &p) { return p.users == 100; })
                           << "Set scale to 100 users";
    QTest::newRow("rename project") << MakeCommand([](Document *d) {
        return new RenameProjectCommand(d, QStringLiteral("Shop"));
    }) << Expectation([](const Project &p) { return p.name == QLatin1String("Shop"); })
                                    << "Rename project to \"Shop\"";
    QTest::newRow("apply layout") << MakeCommand([](Document *d) {
        Project next = d->project();
        next.stores.resize(1);
        for (Entity &e : next.entities)
            e.store = next.stores[0].id;
        return new ApplyLayoutCommand(d, next);
    }) << Expectation([](const Project &p) {
        return p.stores.size() == 1 && p.entities[12].store == QLatin1String("postgres");
    }) << "Apply suggested layout";
}

void TestCommands::undoRedoRoundTrip()
{
    QFETCH(MakeCommand, make);
    QFETCH(Expectation, after);
    QFETCH(QString, text);
    Document doc;
    doc.setProject(test::loadSample(QStringLiteral("ecommerce.storemap")));
    const Project before = doc.project();
    // What a background thread holds (a diagram, the autosave) stays as it was taken.
    const std::shared_ptr<const Project> taken = doc.snapshot();
    QCOMPARE(doc.snapshot(), taken); // shared until a change
    QUndoStack *stack = doc.undoStack();
    stack->push(make(&doc));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), text);
    QVERIFY(after(doc.project()));
    const Project done = doc.project();
    QVERIFY(done != before);
    QCOMPARE(*taken, before);
    QCOMPARE(*doc.snapshot(), done);
    stack->undo();
    QCOMPARE(doc.project(), before);
    QCOMPARE(*doc.snapshot(), before);
    stack->redo();
    QCOMPARE(doc.project(), done);
    QCOMPARE(*doc.snapshot(), done);
    stack->undo();
    QCOMPARE(doc.project(), before);
}

void TestCommands::typingMergesIntoOneStep_data()
{
    QTest::addColumn<MakeCommand>("first");
    QTest::addColumn<MakeCommand>("second");
    QTest::addColumn<int>("steps");
    QTest::newRow("renaming an entity letter by letter") << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("U"));
    }) << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("Us"));
    }) << 1;
    QTest::newRow("renaming two entities stays two steps") << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("U"));
    }) << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("orders"), QStringLiteral("O"));
    }) << 2;
    QTest::newRow("two scale changes stay two steps")
        << MakeCommand([](Document *d) { return new SetUsersCommand(d, 5000); })
        << MakeCommand([](Document *d) { return new SetUsersCommand(d, 50000); }) << 2;
    QTest::newRow("one name typed in two gestures: two steps") << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("U"), 1);
    }) << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("Us"), 2);
    }) << 2;
    QTest::newRow("typed back to the old name: no step") << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("User"));
    }) << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("Users"));
    }) << 0;
    QTest::newRow("rename, then schema: two steps") << MakeCommand([](Document *d) {
        return EditEntityCommand::rename(d, QStringLiteral("users"), QStringLiteral("U"));
    }) << MakeCommand([](Document *d) {
        return EditEntityCommand::setSchema(d, QStringLiteral("users"), SchemaKind::Flexible);
    }) << 2;
}

void TestCommands::typingMergesIntoOneStep()
{
    QFETCH(MakeCommand, first);
    QFETCH(MakeCommand, second);
    QFETCH(int, steps);
    Document doc;
    doc.setProject(test::loadSample(QStringLiteral("ecommerce.storemap")));
    const Project before = doc.project();
    doc.undoStack()->push(first(&doc));
    doc.undoStack()->push(second(&doc));
    QCOMPARE(doc.undoStack()->count(), steps);
    for (int i = 0; i < steps; ++i)
        doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
}

void TestCommands::storeMemory_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<QString>("text");
    QTest::newRow("given") << -1.0 << 0.5 << "Set memory of \"Redis\" to 0.5 GB";
    QTest::newRow("changed") << 8.0 << 1024.0 << "Set memory of \"Redis\" to 1024 GB";
    QTest::newRow("cleared: not given") << 8.0 << -1.0 << "Clear memory of \"Redis\"";
}

// A store's memory, given, changed or cleared: one step named after the store, undone to the
// value before.
void TestCommands::storeMemory()
{
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(QString, text);
    Document doc;
    doc.setProject(test::loadSample(QStringLiteral("ecommerce.storemap")));
    Store redis = *doc.project().store(u"redis");
    redis.memoryGB = before;
    doc.updateStore(redis);
    doc.undoStack()->push(new SetStoreMemoryCommand(&doc, QStringLiteral("redis"), after));
    QCOMPARE(doc.undoStack()->undoText(), text);
    QCOMPARE(doc.project().store(u"redis")->memoryGB, after);
    doc.undoStack()->undo();
    QCOMPARE(doc.project().store(u"redis")->memoryGB, before);
}

void TestCommands::signalsArePastTense()
{
    Document doc;
    doc.setProject(test::loadSample(QStringLiteral("ecommerce.storemap")));
    QSignalSpy changed(&doc, &Document::changed);
    QSignalSpy users(&doc, &Document::usersChanged);
    doc.undoStack()->push(
        new PlaceEntityCommand(&doc, QStringLiteral("cache"), QStringLiteral("postgres")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc.project().entity(QStringLiteral("cache"))->store, QStringLiteral("postgres"));
    doc.undoStack()->push(new SetUsersCommand(&doc, 5000));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(users.count(), 1);
    QCOMPARE(users[0][0].toLongLong(), 5000);
    // Setting a value to what it already is changes nothing and says nothing.
    doc.placeEntity(QStringLiteral("cache"), QStringLiteral("postgres"));
    doc.setUsers(doc.project().users);
    doc.setOperates(doc.project().operates);
    QCOMPARE(changed.count(), 2);
}

void TestCommands::removingAStoreAndUndoingPutsEntitiesBack()
{
    Document doc;
    doc.setProject(test::loadSample(QStringLiteral("ecommerce.storemap")));
    const Project before = doc.project();
    doc.undoStack()->push(new RemoveStoreCommand(&doc, QStringLiteral("s3")));
    for (const char *id : {"images", "pdfs", "videos"})
        QVERIFY(doc.project().entity(QString::fromLatin1(id))->store.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
    QCOMPARE(doc.project().stores[3].id, QStringLiteral("s3")); // back in its place
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
