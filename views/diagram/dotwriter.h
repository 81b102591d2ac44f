#pragma once

#include "views/diagram/diagram.h"
#include "views/diagram/graphviz.h"

#include <QByteArray>

namespace storemap {

struct DotOptions
{
    bool transparent = false; ///< no background: the picture sits on whatever is behind it
};

/// The Graphviz DOT text of @p diagram: exactly the graph the SVG and PNG exports lay out.
/// Names only ever appear inside HTML-like labels, entity-escaped, so none can add a node, an
/// attribute or markup.
QByteArray writeDot(const Diagram &diagram, const DotOptions &options = {});

/// The font of every label writeDot() writes.
inline constexpr char DotFontName[] = "Helvetica";

/// The plain texts of writeDot()'s store boxes (kinds, names, fits), in the order Graphviz measures
/// them: for renderDotToSvg() to measure ahead. Names with line breaks or control characters,
/// which Graphviz splits or changes, are left to it.
std::vector<GraphvizText> labelTexts(const Diagram &diagram);

/// @p text for the inside of a DOT HTML-like label: &, <, >, quotes escaped; control characters
/// dropped; each line break a <BR/>.
QString dotHtmlEscape(const QString &text);

} // namespace storemap
