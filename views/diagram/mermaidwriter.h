#pragma once

#include "views/diagram/diagram.h"

#include <QString>

namespace storemap {

/// The Mermaid flowchart of @p diagram (`export --format mmd`, and the ```mermaid block of the
/// decision record): the Application Layer with a link to every store, each store a subgraph
/// titled with its name and kind listing its entities with their fit (coloured by fit band), the
/// unplaced entities in a dashed subgraph of their own, and the `with` links between entities
/// (a join solid, a transaction thick, a seam across stores dotted). Node ids are generated (app,
/// s0, e0, ...), never taken from names, and every name sits in a quoted label with Mermaid's
/// entity codes, so none can add a node, a link, a style or markup.
QString writeMermaid(const Diagram &diagram);

/// @p text for the inside of a quoted Mermaid label: quotes, markup and comment characters and
/// backticks as Mermaid entity codes (#quot;, #lt;, #35;, ...); line breaks and other control
/// characters as spaces. Inside quotes nothing else is structure.
QString mermaidEscape(const QString &text);

} // namespace storemap
