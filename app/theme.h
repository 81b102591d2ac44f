#pragma once

#include <QPalette>

namespace storemap {

/// The application's look: the Fusion style with a light or a dark palette.
class Theme
{
public:
    enum class Mode { Light, Dark };

    static QPalette palette(Mode mode);
    /// Applies the style and palette to the running application.
    static void apply(Mode mode);
    /// "dark" or "light" (anything else is light).
    static Mode fromName(const QString &name);
};

} // namespace storemap
