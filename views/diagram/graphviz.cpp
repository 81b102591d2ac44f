#include "views/diagram/graphviz.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>
#include <gvplugin.h>
#include <gvplugin_textlayout.h>

#include <dlfcn.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Graphviz)
};

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// Graphviz reports errors through a global callback; it is only called with the mutex held.
QString *g_errors = nullptr;
// What Graphviz said when it failed to start in the background (startGraphvizInBackground).
QString g_startErrors;

int collectError(char *message)
{
    if (g_errors)
        *g_errors += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

/// Pango's text layout engine from Graphviz's plugin beside libgvc, as Graphviz would load it.
gvtextlayout_engine_t *pangoTextLayout()
{
    Dl_info gvc{};
    if (!dladdr(reinterpret_cast<void *>(&gvContext), &gvc) || !gvc.dli_fname)
        return nullptr;
    std::string path(gvc.dli_fname);
    path.erase(path.find_last_of('/') + 1);
    path += "graphviz/libgvplugin_pango.so.6";
    void *plugin = dlopen(path.c_str(), RTLD_NOW | RTLD_NODELETE);
    if (!plugin)
        return nullptr;
    auto *library = static_cast<gvplugin_library_t *>(dlsym(plugin, "gvplugin_pango_LTX_library"));
    for (gvplugin_api_t *api = library ? library->apis : nullptr; api && api->types; ++api) {
        if (api->api == API_textlayout && api->types[0].type)
            return static_cast<gvtextlayout_engine_t *>(api->types[0].engine);
    }
    return nullptr;
}

/// A lock held for a hash table's lookup or insertion: the thread that measures ahead and the one
/// laying out take it tens of thousands of times, and a mutex that sleeps when taken switched
/// threads a thousand times in an export.
class SpinLock
{
public:
    void lock()
    {
        while (m_held.test_and_set(std::memory_order_acquire))
            std::this_thread::yield();
    }
    void unlock() { m_held.clear(std::memory_order_release); }

private:
    std::atomic_flag m_held = ATOMIC_FLAG_INIT;
};

/// The size of a text as Graphviz's text layout (Pango's plugin) measured it.
struct Measured
{
    pointf size;
    double yoffsetLayout = 0;
    double yoffsetCenterline = 0;
    bool laidOut = false; // false: Graphviz estimates the size itself, as without the plugin
};

/// Graphviz measures every text of a label with Pango, a third of laying out a diagram of
/// thousands of entities, and measures the same text ("79.0", a store's kind) each time it occurs.
/// This text layout, Graphviz's choice over Pango's, hands each text to Pango's own once and keeps
/// what it measured: the sizes, and so the drawing, are Pango's to the bit. Texts known before
/// the layout are measured on another thread while Graphviz reads the graph (measureAhead()).
class TextSizes
{
public:
    static TextSizes &instance()
    {
        static TextSizes sizes;
        return sizes;
    }

    /// Whether Pango's text layout plugin could be loaded.
    bool hasPango() const { return m_pango != nullptr; }

    /// Measures a text, which starts Pango and fontconfig (~8 ms), what Graphviz would otherwise
    /// do at its first text. In a font no diagram uses: Pango's plugin keeps the description of
    /// the last font it was given by name and size, made with its PostScript alias, which this
    /// one has not.
    void startPango()
    {
        if (!m_pango)
            return;
        textfont_t font{};
        font.name = const_cast<char *>(intern("Sans"));
        font.size = 14;
        measure(font, "x");
    }

    boolean layout(textspan_t *span, char **fontpath)
    {
        if (!m_pango)
            return false;
        const std::string key = keyOf(*span->font, span->str);
        {
            const std::lock_guard lock(m_mutex);
            if (const auto found = m_sizes.find(key); found != m_sizes.end()) {
                apply(found->second, span);
                return found->second.laidOut;
            }
            m_aliases.emplace(span->font->name, span->font->postscript_alias);
        }
        Measured m;
        {
            const std::lock_guard pango(m_pangoMutex); // Pango's plugin keeps static state
            m.laidOut = m_pango->textlayout(span, fontpath);
        }
        m.size = span->size;
        m.yoffsetLayout = span->yoffset_layout;
        m.yoffsetCenterline = span->yoffset_centerline;
        const std::lock_guard lock(m_mutex);
        m_sizes.emplace(key, m);
        return m.laidOut;
    }

    /// Whether texts in @p fontName can be measured ahead: Graphviz has measured one in it,
    /// which tells the PostScript alias Pango is given.
    bool knowsFont(const char *fontName)
    {
        const std::lock_guard lock(m_mutex);
        return m_aliases.count(fontName) > 0;
    }

    /// Measures @p texts (plain, in their fonts) until @p stop is set.
    void measureAhead(const std::vector<GraphvizText> &texts, const std::atomic_bool &stop)
    {
        for (const GraphvizText &text : texts) {
            if (stop.load(std::memory_order_relaxed))
                return;
            textfont_t font{};
            font.name = const_cast<char *>(intern(text.font));
            font.size = text.size;
            {
                const std::lock_guard lock(m_mutex);
                const auto alias = m_aliases.find(font.name);
                if (alias == m_aliases.end())
                    continue;
                font.postscript_alias = alias->second;
                if (m_sizes.count(keyOf(font, text.text.constData())) > 0)
                    continue;
            }
            measure(font, text.text.constData());
        }
    }

    /// Forgets what it measured when it has kept too much (a long session's edits).
    void trim()
    {
        const std::lock_guard lock(m_mutex);
        if (m_sizes.size() > 100000) // some 15 MB
            m_sizes.clear();
    }

private:
    /// layout() of @p text in @p font, for its size alone.
    void measure(textfont_t &font, const char *text)
    {
        textspan_t span{};
        span.str = const_cast<char *>(text);
        span.font = &font;
        layout(&span, nullptr);
        if (span.layout && span.free_layout)
            span.free_layout(span.layout);
    }

    /// @p name, kept for good: Pango's plugin holds on to the last font name it was given.
    const char *intern(const QByteArray &name)
    {
        const std::lock_guard lock(m_mutex);
        return m_names.emplace(name.toStdString()).first->c_str();
    }

    static std::string keyOf(const textfont_t &font, const char *text)
    {
        std::string key(font.name ? font.name : "");
        key += '\0';
        const unsigned flags = font.flags;
        const void *const alias = font.postscript_alias;
        key.append(reinterpret_cast<const char *>(&font.size), sizeof font.size);
        key.append(reinterpret_cast<const char *>(&flags), sizeof flags);
        key.append(reinterpret_cast<const char *>(&alias), sizeof alias);
        key += text;
        return key;
    }

    static void apply(const Measured &m, textspan_t *span)
    {
        span->size = m.size;
        span->yoffset_layout = m.yoffsetLayout;
        span->yoffset_centerline = m.yoffsetCenterline;
        span->layout = nullptr; // Pango's layout object serves only Cairo's renderers, not SVG
        span->free_layout = nullptr;
    }

    TextSizes()
        : m_pango(pangoTextLayout())
    {}

    gvtextlayout_engine_t *const m_pango;
    SpinLock m_mutex;        // m_sizes, m_aliases, m_names
    std::mutex m_pangoMutex; // one Pango call at a time
    std::unordered_map<std::string, Measured> m_sizes;
    std::unordered_map<std::string, PostscriptAlias *> m_aliases;
    std::unordered_set<std::string> m_names; // intern()'s
};

boolean textLayout(textspan_t *span, char **fontpath)
{
    return TextSizes::instance().layout(span, fontpath);
}

gvtextlayout_engine_t textLayoutEngine = {textLayout};
// Quality 100: chosen over Pango's plugin (10), whose engine it calls.
gvplugin_installed_t textLayoutTypes[] = {{0, "textlayout", 100, &textLayoutEngine, nullptr},
                                          {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t textLayoutApis[] = {{API_textlayout, textLayoutTypes}, {api_t(0), nullptr}};
gvplugin_library_t textLayoutLibrary = {const_cast<char *>("storemap"), textLayoutApis};
const lt_symlist_t builtins[] = {{"gvplugin_storemap_LTX_library", &textLayoutLibrary},
                                 {nullptr, nullptr}};

/// Made once and never freed: freeing it at exit unloads every plugin and font, 3 ms of a
/// command-line export (a fifteenth) for memory the process is about to return anyway.
GVC_t *context()
{
    static GVC_t *const gvc = [] {
        if (!TextSizes::instance().hasPango())
            return gvContext(); // Graphviz finds what it can itself
        return gvContextPlugins(builtins, 1);
    }();
    return gvc;
}

/// Routes Graphviz's messages into @p errors while it lives; hold the mutex.
class CollectErrors
{
public:
    explicit CollectErrors(QString *errors)
    {
        g_errors = errors;
        agseterrf(collectError);
        agseterr(AGWARN);
    }
    ~CollectErrors() { g_errors = nullptr; }
    CollectErrors(const CollectErrors &) = delete;
    CollectErrors &operator=(const CollectErrors &) = delete;
};

/// Lays out a one-node graph in @p font, so that Graphviz shows TextSizes the font's PostScript
/// alias; hold the mutex.
void learnFont(GVC_t *gvc, const QByteArray &font)
{
    if (TextSizes::instance().knowsFont(font.constData()))
        return;
    const QByteArray dot = "digraph { node [fontname=\"" + font + "\"]; a [label=<x>]; }";
    if (Agraph_t *graph = agmemread(dot.constData())) {
        if (gvLayout(gvc, graph, "dot") == 0)
            gvFreeLayout(gvc, graph);
        agclose(graph);
    }
}

} // namespace

std::future<void> startGraphvizInBackground(const QByteArray &font)
{
    return std::async(std::launch::async, [font] {
        // Pango and fontconfig start on a thread of their own while Graphviz reads its plugins.
        std::future<void> pango;
        if (!font.isEmpty())
            pango = std::async(std::launch::async, [] { TextSizes::instance().startPango(); });
        GVC_t *gvc = nullptr;
        {
            QMutexLocker lock(&graphvizMutex());
            QString errors;
            const CollectErrors collect(&errors);
            gvc = context();
            if (!gvc)
                g_startErrors = errors;
        }
        if (!pango.valid())
            return;
        pango.wait();
        // Unless a render has begun meanwhile (it learns the font itself, while it reads).
        if (gvc && graphvizMutex().tryLock()) {
            QString errors;
            const CollectErrors collect(&errors);
            learnFont(gvc, font);
            graphvizMutex().unlock();
        }
    });
}

bool renderDotToSvg(const QByteArray &dot, QByteArray *svg, QString *error,
                    const std::vector<GraphvizText> &texts)
{
    QMutexLocker lock(&graphvizMutex());
    QString errors;
    const CollectErrors collect(&errors);
    auto fail = [&](const QString &what) {
        if (error)
            *error = errors.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, errors.trimmed());
        return false;
    };

    GVC_t *gvc = context();
    if (!gvc) {
        errors.prepend(g_startErrors);
        return fail(Tr::tr("Graphviz could not start"));
    }
    // The texts are measured on another thread, from when the font is known (learnFont()) while
    // the graph is read, else once it is read: Pango may still be starting meanwhile.
    TextSizes &sizes = TextSizes::instance();
    sizes.trim();
    std::atomic_bool stop = false;
    std::thread ahead;
    auto measureAhead = [&] {
        if (!texts.empty())
            ahead = std::thread([&] { sizes.measureAhead(texts, stop); });
    };
    auto join = [&] {
        stop = true;
        if (ahead.joinable())
            ahead.join();
    };
    const bool fontKnown = texts.empty() || sizes.knowsFont(texts.front().font.constData());
    if (fontKnown)
        measureAhead();
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph) {
        join();
        return fail(Tr::tr("Graphviz could not read the diagram"));
    }
    if (!fontKnown) {
        learnFont(gvc, texts.front().font);
        measureAhead();
    }
    const bool laidOut = gvLayout(gvc, graph, "dot") == 0;
    join();
    if (!laidOut) {
        agclose(graph);
        return fail(Tr::tr("Graphviz could not lay out the diagram"));
    }
    char *data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(gvc, graph, "svg", &data, &length);
    if (rendered == 0 && data)
        *svg = QByteArray(data, qsizetype(length));
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, graph);
    agclose(graph);
    if (rendered != 0)
        return fail(Tr::tr("Graphviz could not render the diagram"));
    return true;
}

} // namespace storemap
