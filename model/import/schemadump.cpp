#include "model/import/schemadump.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

#include <pg_query.h>

#include <memory>

namespace storemap {

namespace {

using json = nlohmann::json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Import)
};

/// Larger than any schema; a bigger file is data, not a schema dump.
constexpr qint64 MaxDumpBytes = 256 * 1024 * 1024;

int lineAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(std::count(text.constBegin(), text.constBegin() + offset, '\n')) + 1;
}

/// Where a statement really starts: after the blank lines and comments the parser counts in.
qsizetype statementStart(const QByteArray &text, qsizetype at)
{
    while (at < text.size()) {
        const char c = text[at];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++at;
        } else if (c == '-' && at + 1 < text.size() && text[at + 1] == '-') {
            const qsizetype end = text.indexOf('\n', at);
            at = end < 0 ? text.size() : end + 1;
        } else {
            break;
        }
    }
    return at;
}

/// psql meta-commands (\restrict, \connect) and COPY data are not SQL: blank them, keeping every
/// byte offset and line where it was, and note the unusual ones.
QByteArray withoutPsqlCommands(const QByteArray &text, const QString &fileName,
                               QStringList *skipped)
{
    QByteArray sql = text;
    bool copyData = false;
    qsizetype start = 0;
    while (start < sql.size()) {
        qsizetype end = sql.indexOf('\n', start);
        if (end < 0)
            end = sql.size();
        const QByteArray line = sql.mid(start, end - start);
        const bool endOfCopy = copyData && line.trimmed() == "\\.";
        if (copyData || line.startsWith('\\')) {
            if (!copyData && !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict") &&
                !line.startsWith("\\connect")) {
                *skipped << Tr::tr("%1:%2: skipped the psql command %3")
                                .arg(fileName)
                                .arg(lineAt(sql, start))
                                .arg(QString::fromUtf8(line.left(60)).trimmed());
            }
            std::fill(sql.begin() + start, sql.begin() + end, ' ');
            if (endOfCopy)
                copyData = false;
        } else if (line.startsWith("COPY ") && line.trimmed().endsWith("FROM stdin;")) {
            copyData = true;
        }
        start = end + 1;
    }
    return sql;
}

QString str(const json &node, const char *key)
{
    const auto it = node.find(key);
    return it != node.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

/// The strings of a list of {"String": {"sval": ...}} nodes.
QStringList strings(const json &list)
{
    QStringList out;
    if (!list.is_array())
        return out;
    for (const json &item : list) {
        if (item.contains("String"))
            out << str(item["String"], "sval");
    }
    return out;
}

const json &child(const json &node, const char *key)
{
    static const json none;
    const auto it = node.find(key);
    return it == node.end() ? none : *it;
}

/// Statement kinds a dump always carries and that say nothing about how data is used.
bool housekeeping(const std::string &kind)
{
    static const char *kinds[] = {"VariableSetStmt",
                                  "SelectStmt",
                                  "CreateSeqStmt",
                                  "AlterSeqStmt",
                                  "AlterOwnerStmt",
                                  "CommentStmt",
                                  "GrantStmt",
                                  "GrantRoleStmt",
                                  "CreateExtensionStmt",
                                  "CreateSchemaStmt",
                                  "AlterDefaultPrivilegesStmt",
                                  "CreatedbStmt",
                                  "AlterDatabaseSetStmt",
                                  "AlterDatabaseStmt",
                                  "TransactionStmt",
                                  "CreateRoleStmt",
                                  "AlterRoleStmt",
                                  "SecLabelStmt"};
    for (const char *k : kinds) {
        if (kind == k)
            return true;
    }
    return false;
}

class DumpReader
{
public:
    DumpReader(const QByteArray &sql, const QString &fileName, QStringList *skipped)
        : m_sql(sql)
        , m_file(fileName)
        , m_skipped(skipped)
    {}

    void statement(const json &stmt, qsizetype location, qsizetype length)
    {
        const qsizetype start = statementStart(m_sql, location);
        m_line = lineAt(m_sql, start);
        if (!stmt.is_object() || stmt.empty())
            return;
        const std::string kind = stmt.begin().key();
        const json &node = stmt.begin().value();
        if (kind == "CreateStmt")
            createTable(node);
        else if (kind == "AlterTableStmt")
            alterTable(node);
        else if (kind == "IndexStmt")
            index(node);
        else if (kind == "CreatedbStmt")
            m_database = str(node, "dbname");
        else if (!housekeeping(kind))
            skip(m_sql.mid(start, location + length - start));
    }

    DbSchema finish(const QString &database)
    {
        DbSchema schema;
        schema.database = m_database.isEmpty() ? database : m_database;
        schema.origin = m_file;
        for (auto &[key, fk] : m_foreignKeys) {
            if (DbTable *t = table(key))
                t->foreignKeys.push_back(std::move(fk));
        }
        for (const DbTable &t : m_tables) {
            DbTable copy = t;
            for (const QString &column : m_tsvector.value(t.schema + QLatin1Char('.') + t.name)) {
                if (copy.textSearch.empty())
                    copy.textSearch.push_back(
                        {Tr::tr("column %1 (tsvector)").arg(column), -1, copy.line});
            }
            schema.tables.push_back(std::move(copy));
        }
        return schema;
    }

private:
    static QString relationKey(const json &relation)
    {
        QString schema = str(relation, "schemaname");
        if (schema.isEmpty())
            schema = QStringLiteral("public");
        return schema + QLatin1Char('.') + str(relation, "relname");
    }

    DbTable *table(const QString &key)
    {
        const auto it = m_byName.constFind(key);
        return it == m_byName.constEnd() ? nullptr : &m_tables[*it];
    }

    void skip(const QByteArray &text)
    {
        QString shown = QString::fromUtf8(text).simplified();
        if (shown.size() > 70)
            shown = shown.left(70) + QStringLiteral("...");
        *m_skipped << Tr::tr("%1:%2: skipped (not a table, key or index): %3")
                          .arg(m_file)
                          .arg(m_line)
                          .arg(shown);
    }

    void createTable(const json &node)
    {
        const json &relation = child(node, "relation");
        if (str(relation, "relpersistence") == QLatin1String("t") || node.contains("partbound"))
            return; // temporary tables and partitions are not entities of their own
        DbTable t;
        t.schema = str(relation, "schemaname");
        if (t.schema.isEmpty())
            t.schema = QStringLiteral("public");
        t.name = str(relation, "relname");
        t.line = m_line;
        const QString key = relationKey(relation);
        if (m_byName.contains(key))
            return;
        m_byName.insert(key, m_tables.size());
        m_tables.push_back(std::move(t));
        for (const json &element : child(node, "tableElts")) {
            if (element.contains("ColumnDef")) {
                const json &column = element["ColumnDef"];
                const QString name = str(column, "colname");
                const QStringList type = strings(child(child(column, "typeName"), "names"));
                const QString base = type.value(type.size() - 1);
                if (base == QLatin1String("bytea"))
                    m_tables.back().binaryColumns << Tr::tr("%1 (bytea)").arg(name);
                else if (base == QLatin1String("oid") || base == QLatin1String("lo"))
                    m_tables.back().binaryColumns
                        << Tr::tr("%1 (%2, large object)").arg(name, base);
                else if (base == QLatin1String("tsvector"))
                    m_tsvector[key] << name;
                for (const json &c : child(column, "constraints"))
                    constraint(key, child(c, "Constraint"), {name});
            } else if (element.contains("Constraint")) {
                constraint(key, element["Constraint"], {});
            }
        }
    }

    void alterTable(const json &node)
    {
        const QString key = relationKey(child(node, "relation"));
        for (const json &cmd : child(node, "cmds")) {
            const json &c = child(cmd, "AlterTableCmd");
            if (str(c, "subtype") == QLatin1String("AT_AddConstraint"))
                constraint(key, child(child(c, "def"), "Constraint"), {});
        }
    }

    void constraint(const QString &key, const json &c, const QStringList &column)
    {
        const QString type = str(c, "contype");
        DbTable *t = table(key);
        if (!t)
            return;
        if (type == QLatin1String("CONSTR_PRIMARY") || type == QLatin1String("CONSTR_UNIQUE")) {
            const bool primary = type == QLatin1String("CONSTR_PRIMARY");
            QStringList columns = strings(child(c, "keys"));
            if (columns.isEmpty())
                columns = column;
            QString name = str(c, "conname");
            if (name.isEmpty())
                name = primary ? Tr::tr("primary key") : Tr::tr("unique constraint");
            DbKey k{name, columns, primary, -1, m_line};
            if (primary)
                t->keys.insert(t->keys.begin(), k);
            else
                t->keys.push_back(k);
        } else if (type == QLatin1String("CONSTR_FOREIGN")) {
            QStringList columns = strings(child(c, "fk_attrs"));
            if (columns.isEmpty())
                columns = column;
            const json &ref = child(c, "pktable");
            QString refSchema = str(ref, "schemaname");
            if (refSchema.isEmpty())
                refSchema = QStringLiteral("public");
            QString name = str(c, "conname");
            if (name.isEmpty())
                name = Tr::tr("on %1").arg(columns.join(QStringLiteral(", ")));
            m_foreignKeys.push_back(
                {key, DbForeignKey{name, columns, refSchema, str(ref, "relname"), m_line}});
        }
    }

    void index(const json &node)
    {
        const QString key = relationKey(child(node, "relation"));
        DbTable *t = table(key);
        if (!t)
            return;
        const QString name = str(node, "idxname");
        const QString method = str(node, "accessMethod");
        QStringList columns;
        bool text = false;
        for (const json &param : child(node, "indexParams")) {
            const json &elem = child(param, "IndexElem");
            const QString column = str(elem, "name");
            columns << (column.isEmpty() ? Tr::tr("an expression") : column);
            const std::string expr = child(elem, "expr").dump();
            const QString opclass = strings(child(elem, "opclass")).join(QLatin1Char('.'));
            if (m_tsvector.value(key).contains(column) ||
                expr.find("\"to_tsvector\"") != std::string::npos ||
                opclass.contains(QLatin1String("trgm")) ||
                opclass.contains(QLatin1String("tsvector")))
                text = true;
        }
        const bool unique = child(node, "unique").is_boolean() && node["unique"].get<bool>();
        if (unique)
            t->keys.push_back({name, columns, false, -1, m_line});
        if (text && (method == QLatin1String("gin") || method == QLatin1String("gist"))) {
            const QString what = Tr::tr("index %1 (%2)").arg(name, method);
            if (t->textSearch.empty())
                t->textSearch.push_back({what, -1, m_line});
            else
                t->textSearch.front().what += QStringLiteral(", ") + what;
        }
    }

    const QByteArray &m_sql;
    QString m_file;
    QStringList *m_skipped;
    int m_line = 0;
    QString m_database;
    std::vector<DbTable> m_tables;
    QHash<QString, size_t> m_byName;
    QHash<QString, QStringList> m_tsvector;
    std::vector<std::pair<QString, DbForeignKey>> m_foreignKeys;
};

} // namespace

bool readSchemaDump(const QByteArray &text, const QString &fileName, DbSchema *out,
                    QStringList *skipped, QString *error)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        *error = Tr::tr("%1:%2: not SQL text (a binary file?); expected a schema dump from "
                        "pg_dump --schema-only")
                     .arg(fileName)
                     .arg(lineAt(text, nul));
        return false;
    }
    QStringList notes;
    const QByteArray sql = withoutPsqlCommands(text, fileName, &notes);
    const PgQueryParseResult parsed = pg_query_parse(sql.constData());
    const std::unique_ptr<const PgQueryParseResult, void (*)(const PgQueryParseResult *)> guard(
        &parsed, [](const PgQueryParseResult *r) { pg_query_free_parse_result(*r); });
    if (parsed.error) {
        const qsizetype at = parsed.error->cursorpos > 0 ? parsed.error->cursorpos - 1 : 0;
        const int line = lineAt(sql, at);
        const qsizetype lineStart = at > 0 ? sql.lastIndexOf('\n', at - 1) + 1 : 0;
        const int column = int(at - lineStart) + 1;
        *error = Tr::tr("%1:%2:%3: not valid SQL (%4); expected a schema dump from pg_dump "
                        "--schema-only")
                     .arg(fileName)
                     .arg(line)
                     .arg(column)
                     .arg(QString::fromUtf8(parsed.error->message));
        return false;
    }
    json tree;
    try {
        tree = json::parse(parsed.parse_tree);
    } catch (const json::exception &ex) {
        *error = Tr::tr("%1: the parser's answer could not be read (%2)")
                     .arg(fileName, QString::fromUtf8(ex.what()));
        return false;
    }
    DumpReader reader(sql, fileName, &notes);
    const json &statements = child(tree, "stmts");
    for (const json &s : statements) {
        const qsizetype location = s.value("stmt_location", qsizetype(0));
        const qsizetype length = s.value("stmt_len", sql.size() - location);
        reader.statement(child(s, "stmt"), location, length);
    }
    DbSchema schema = reader.finish(QFileInfo(fileName).completeBaseName());
    if (schema.tables.empty()) {
        *error = statements.empty()
                     ? Tr::tr("%1: no SQL statements; expected a schema dump from pg_dump "
                              "--schema-only")
                           .arg(fileName)
                     : Tr::tr("%1: no CREATE TABLE statements; nothing to import").arg(fileName);
        return false;
    }
    *out = std::move(schema);
    *skipped << notes;
    return true;
}

bool readSchemaDumpFile(const QString &path, DbSchema *out, QStringList *skipped, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        *error = Tr::tr("%1 is a folder, not a schema dump").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxDumpBytes) {
        *error = Tr::tr("%1 is %2 MiB; a schema dump is far smaller (at most %3 MiB)")
                     .arg(path)
                     .arg(file.size() / (1024 * 1024))
                     .arg(MaxDumpBytes / (1024 * 1024));
        return false;
    }
    return readSchemaDump(file.readAll(), path, out, skipped, error);
}

} // namespace storemap
