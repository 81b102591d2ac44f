#pragma once

#include <QByteArray>
#include <QString>

#include <future>
#include <vector>

namespace storemap {

/// A text Graphviz will measure in a label: its font, size in points and UTF-8 characters, plain
/// (not bold, italic or underlined).
struct GraphvizText
{
    QByteArray font;
    double size = 0;
    QByteArray text;
};

/// Lays out DOT text with Graphviz's dot engine in this process (libgvc, no subprocess) and
/// renders it to SVG 1.1. Safe to call from any thread: Graphviz keeps global state, so calls are
/// serialised. Returns false and says why in @p error when Graphviz refuses the graph.
/// @p texts, those of the labels in the order Graphviz meets them (or some of them), are
/// measured on another thread while Graphviz reads the graph; the picture is the same without.
bool renderDotToSvg(const QByteArray &dot, QByteArray *svg, QString *error,
                    const std::vector<GraphvizText> &texts = {});

/// Starts Graphviz on another thread and returns at once. Starting loads its plugins (~3 ms) and,
/// with @p font, starts Pango and fontconfig (~13 ms, on a thread of their own) and lays out a
/// text in @p font, together a third of a command-line export of 200 entities; done while the
/// project is read, renderDotToSvg finds it ready. The future (std::async's) waits for the start
/// when it is destroyed.
[[nodiscard]] std::future<void> startGraphvizInBackground(const QByteArray &font = {});

} // namespace storemap
