#include "app/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <span>

namespace storemap {

namespace {

struct RoleColour
{
    QPalette::ColorGroup group;
    QPalette::ColorRole role;
    QRgb rgb;
};

/// Light: Fusion's own palette with these roles changed.
const RoleColour lightColours[] = {
    {QPalette::All, QPalette::Window, 0xf3f4f6},
    {QPalette::All, QPalette::Base, 0xffffff},
    {QPalette::All, QPalette::AlternateBase, 0xf5f7fa},
    {QPalette::All, QPalette::Button, 0xe9ecf1},
    {QPalette::All, QPalette::Highlight, 0x2563eb},
    {QPalette::All, QPalette::PlaceholderText, 0x6b7280},
    {QPalette::All, QPalette::Mid, 0xb8bec8},
    {QPalette::All, QPalette::ToolTipBase, 0xfffff4},
    {QPalette::All, QPalette::ToolTipText, 0x111111},
};

/// Dark: every role set, so nothing falls back to a light default.
const RoleColour darkColours[] = {
    {QPalette::All, QPalette::Window, 0x23262e},
    {QPalette::All, QPalette::WindowText, 0xe6e8ec},
    {QPalette::All, QPalette::Base, 0x1a1c22},
    {QPalette::All, QPalette::AlternateBase, 0x2b2f38},
    {QPalette::All, QPalette::ToolTipBase, 0x2b2f38},
    {QPalette::All, QPalette::ToolTipText, 0xe6e8ec},
    {QPalette::All, QPalette::PlaceholderText, 0x9aa1ad},
    {QPalette::All, QPalette::Text, 0xe6e8ec},
    {QPalette::All, QPalette::Button, 0x31353f},
    {QPalette::All, QPalette::ButtonText, 0xe6e8ec},
    {QPalette::All, QPalette::BrightText, 0xff6b6b},
    {QPalette::All, QPalette::Light, 0x454a55},
    {QPalette::All, QPalette::Midlight, 0x3a3f49},
    {QPalette::All, QPalette::Mid, 0x565c69},
    {QPalette::All, QPalette::Dark, 0x15171c},
    {QPalette::All, QPalette::Shadow, 0x0b0c0f},
    {QPalette::All, QPalette::Highlight, 0x4c8df6},
    {QPalette::All, QPalette::HighlightedText, 0xffffff},
    {QPalette::All, QPalette::Link, 0x6ca8ff},
    {QPalette::Disabled, QPalette::Text, 0x707580},
    {QPalette::Disabled, QPalette::WindowText, 0x707580},
    {QPalette::Disabled, QPalette::ButtonText, 0x707580},
};

} // namespace

QPalette Theme::palette(Mode mode)
{
    QPalette p;
    if (mode == Mode::Light) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        p = fusion->standardPalette();
    }
    const std::span<const RoleColour> colours = mode == Mode::Light
                                                    ? std::span<const RoleColour>(lightColours)
                                                    : std::span<const RoleColour>(darkColours);
    for (const RoleColour &c : colours)
        p.setColor(c.group, c.role, QColor(c.rgb));
    return p;
}

void Theme::apply(Mode mode)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(mode));
}

Theme::Mode Theme::fromName(const QString &name)
{
    return name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0 ? Mode::Dark : Mode::Light;
}

} // namespace storemap
