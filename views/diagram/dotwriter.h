#pragma once

#include "views/diagram/diagram.h"

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

/// @p text for the inside of a DOT HTML-like label: &, <, >, quotes escaped; control characters
/// dropped; each line break a <BR/>.
QString dotHtmlEscape(const QString &text);

} // namespace storemap
