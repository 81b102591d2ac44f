// Fuzzes the `storemap check` and `advise` paths: load, score, find, advise, report.
#include "model/advisor.h"
#include "model/projectio.h"
#include "model/report.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace storemap;
    const Catalog &catalog = Catalog::builtin();
    Project project;
    LoadError error;
    if (!parseProject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), catalog,
                      &project, &error))
        return 0;
    const Analysis analysis = analyse(project, project.users, catalog);
    for (size_t i = 0; i < analysis.entities.size(); ++i) {
        const EntityScore &s = analysis.entities[i];
        // No access pattern, no fit (-1); otherwise a fit from 0 to 100.
        const bool scored = !project.entities[i].patterns.empty();
        if (scored ? (s.bestFit < 0 || s.bestFit > 100) : (s.bestFit != -1 || s.fit != -1))
            std::abort();
    }
    if (checkJson(project, analysis, catalog).isEmpty() ||
        checkText(project, analysis, catalog).isEmpty())
        std::abort();
    const Advice advice = advise(project, project.users, catalog);
    if (advice.best.cost > advice.budget + 1e-9 && !project.entities.empty() &&
        advice.best.kinds.size() > 1)
        std::abort(); // the advisor never exceeds the budget when a single kind would do
    adviseJson(project, advice, catalog);
    adviseText(project, advice, catalog);
    const Project applied = applyAdvice(project, advice, catalog);
    if (applied.entities.size() != project.entities.size())
        std::abort();
    return 0;
}
