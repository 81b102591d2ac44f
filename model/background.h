#pragma once

#include <sys/resource.h>
#include <unistd.h>

namespace storemap {

/// Lowers the calling thread's priority (nice 10) for work the window shows when it is done but
/// never waits for: a roadmap sweep, a diagram being drawn. On two cores they took the CPU the
/// GUI thread needed for the next frame of a drag; now it gets about nine tenths of a core when
/// they compete, and they still run on every idle one. Linux keeps the nice value per thread.
inline void yieldToTheWindow()
{
    setpriority(PRIO_PROCESS, id_t(gettid()), 10);
}

} // namespace storemap
