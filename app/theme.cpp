#include "app/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace storemap {

QPalette Theme::palette(Mode mode)
{
    if (mode == Mode::Light) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p = fusion->standardPalette();
        p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
        p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf7, 0xfa));
        p.setColor(QPalette::Button, QColor(0xe9, 0xec, 0xf1));
        p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
        p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc8));
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf4));
        p.setColor(QPalette::ToolTipText, QColor(0x11, 0x11, 0x11));
        return p;
    }
    QPalette p;
    const QColor window(0x23, 0x26, 0x2e), base(0x1a, 0x1c, 0x22), text(0xe6, 0xe8, 0xec);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2f, 0x38));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xad));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x35, 0x3f));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x49));
    p.setColor(QPalette::Mid, QColor(0x56, 0x5c, 0x69));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8d, 0xf6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x75, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x75, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x75, 0x80));
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
