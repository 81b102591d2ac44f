#pragma once

#include <QString>

class QWidget;

namespace storemap {

/// Help > Getting Started: how to place entities, what the scores and findings mean, and the
/// lesson's rules the findings cite, as HTML in the interface language.
QString gettingStartedHtml();

/// Shows the page in a window of its own that stays open beside the designer.
void showGettingStarted(QWidget *parent);

} // namespace storemap
