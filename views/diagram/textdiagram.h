#pragma once

#include "views/diagram/diagram.h"

#include <QString>
#include <QStringList>

namespace storemap {

struct TextDiagramOptions
{
    int width = 100;    ///< columns; boxes that do not fit wrap into further rows
    bool ascii = false; ///< frame drawn with + - | v only, for places without box drawing
};

inline constexpr int MinTextWidth = 30;
inline constexpr int MaxTextWidth = 1000;

/// The lesson's box drawing of @p diagram: the Application Layer box, arrows down to a row of
/// store boxes that list their entities with their fit, the unplaced box without an arrow. Names
/// are printed as written (on one line each); every line ends in a newline.
QString writeTextDiagram(const Diagram &diagram, const TextDiagramOptions &options = {});

/// The number of terminal columns @p text takes: wide East Asian letters count two, combining
/// marks none.
int displayWidth(const QString &text);

/// @p text broken into lines of at most @p width columns, at spaces where possible.
QStringList wrapToWidth(const QString &text, int width);

} // namespace storemap
