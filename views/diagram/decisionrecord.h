#pragma once

#include "model/advisor.h"
#include "model/diff.h"

#include <QString>

namespace storemap {

/// A Markdown decision record of @p project, ready to paste into a design document: the layout
/// (as the lesson's text diagram), the fit table, complexity against budget, the findings, the
/// advisor's recommendation and the alternatives it rejected. Every name and message is escaped,
/// so none can add headings, links, tables or HTML.
QString writeDecisionRecord(const Project &project, const Analysis &analysis, const Advice &advice,
                            const Catalog &catalog);

/// A review comment on a change of design (`storemap diff --format md`): what moved and whether
/// the fit got better or worse and why, what was added, removed or changed, the scores before and
/// after, and the findings that appeared or went away. Every name and message is escaped.
QString writeChangeRecord(const ProjectDiff &diff, const Catalog &catalog);

/// @p text as literal Markdown inline text (one line, punctuation that could start structure
/// backslash-escaped, & < > as character references).
QString markdownEscape(const QString &text);

} // namespace storemap
