#include "plots/point_image.h"

#include <algorithm>
#include <cmath>

namespace gugus::ui {

namespace {

bool sameStyle(const QCPScatterStyle& a, const QCPScatterStyle& b) {
    return a.shape() == b.shape() && a.size() == b.size() && a.pen() == b.pen() &&
           a.brush() == b.brush();
}

/// `src` over `dst`, both premultiplied ARGB32 (what QPainter's source-over does per pixel).
inline quint32 over(quint32 src, quint32 dst) {
    const quint32 keep = 255 - (src >> 24);
    quint32 rb = (dst & 0xff00ffu) * keep;
    rb = ((rb + ((rb >> 8) & 0xff00ffu) + 0x800080u) >> 8) & 0xff00ffu;
    quint32 ag = ((dst >> 8) & 0xff00ffu) * keep;
    ag = (ag + ((ag >> 8) & 0xff00ffu) + 0x800080u) & 0xff00ff00u;
    return src + (rb | ag);
}

} // namespace

PointImage::PointImage(QCustomPlot* plot, QCPAxisRect* axisRect)
    : QCPLayerable(plot), m_axisRect(axisRect) {}

void PointImage::setGraphs(std::vector<QCPGraph*> graphs) {
    for (const QPointer<QCPGraph>& g : m_graphs) {
        if (g) {
            g->setVisible(true);
        }
    }
    m_graphs.assign(graphs.begin(), graphs.end());
    m_stamps.clear();
    for (QCPGraph* g : graphs) {
        g->setVisible(false);
    }
}

void PointImage::applyDefaultAntialiasingHint(QCPPainter* painter) const {
    applyAntialiasingHint(painter, true, QCP::aeScatters);
}

QRect PointImage::clipRect() const {
    return m_axisRect ? m_axisRect->rect() : QCPLayerable::clipRect();
}

const PointImage::Stamps& PointImage::stampsFor(std::size_t graph, const QCPScatterStyle& style,
                                                double scale) {
    if (m_stamps.size() < m_graphs.size()) {
        m_stamps.resize(m_graphs.size());
    }
    Stamps& s = m_stamps[graph];
    if (!s.images.empty() && s.scale == scale && sameStyle(s.style, style)) {
        return s;
    }
    s.style = style;
    s.scale = scale;
    // The shape, its pen and the antialiasing fringe fit in size + pen width + 4 pixels.
    const double reach = style.size() + style.pen().widthF() + 4.0;
    s.side = int(std::ceil(reach * scale)) + 1;
    s.centre = std::floor(s.side / 2.0);
    s.images.assign(kPhases * kPhases, QImage());
    for (int py = 0; py < kPhases; ++py) {
        for (int px = 0; px < kPhases; ++px) {
            QImage image(s.side, s.side, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QCPPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.scale(scale, scale);
            style.applyTo(&painter, style.pen());
            style.drawShape(&painter, (s.centre + double(px) / kPhases) / scale,
                            (s.centre + double(py) / kPhases) / scale);
            painter.end();
            s.images[std::size_t(py * kPhases + px)] = std::move(image);
        }
    }
    return s;
}

int PointImage::stamp(QImage& target, const QCPGraph& graph, const Stamps& stamps,
                      double scale) const {
    const QRect area = m_axisRect->rect();
    const QCPAxis* keyAxis = graph.keyAxis();
    const QCPAxis* valueAxis = graph.valueAxis();
    const int width = target.width();
    const int height = target.height();
    const auto stride = std::size_t(target.bytesPerLine() / 4);
    auto* pixels = reinterpret_cast<quint32*>(target.bits());
    int drawn = 0;
    for (auto it = graph.data()->constBegin(); it != graph.data()->constEnd(); ++it) {
        // Device pixels from the image's corner; the stamp's centre lands on the point.
        const double x = (keyAxis->coordToPixel(it->key) - area.left()) * scale - stamps.centre;
        const double y = (valueAxis->coordToPixel(it->value) - area.top()) * scale - stamps.centre;
        if (!std::isfinite(x) || !std::isfinite(y) || x <= -stamps.side || y <= -stamps.side ||
            x >= width || y >= height) {
            continue;
        }
        const int x0 = int(std::floor(x));
        const int y0 = int(std::floor(y));
        const int phaseX = std::min(int((x - x0) * kPhases), kPhases - 1);
        const int phaseY = std::min(int((y - y0) * kPhases), kPhases - 1);
        const QImage& image = stamps.images[std::size_t(phaseY * kPhases + phaseX)];
        const int rowBegin = std::max(0, -y0);
        const int rowEnd = std::min(stamps.side, height - y0);
        const int colBegin = std::max(0, -x0);
        const int colEnd = std::min(stamps.side, width - x0);
        for (int r = rowBegin; r < rowEnd; ++r) {
            const auto* src = reinterpret_cast<const quint32*>(image.constScanLine(r));
            quint32* dst = pixels + std::size_t(y0 + r) * stride + std::size_t(x0);
            for (int c = colBegin; c < colEnd; ++c) {
                if (src[c] != 0) {
                    dst[c] = over(src[c], dst[c]);
                }
            }
        }
        ++drawn;
    }
    return drawn;
}

void PointImage::draw(QCPPainter* painter) {
    m_lastDrawn = 0;
    if (!m_axisRect || m_graphs.empty()) {
        return;
    }
    if (painter->modes().testFlag(QCPPainter::pmVectorized)) {
        // PDF and SVG: shapes, as the graphs themselves would draw them.
        for (const QPointer<QCPGraph>& g : m_graphs) {
            if (!g) {
                continue;
            }
            g->scatterStyle().applyTo(painter, g->scatterStyle().pen());
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
                g->scatterStyle().drawShape(painter, g->coordsToPixels(it->key, it->value));
            }
        }
        return;
    }
    // Device pixels per pixel: the screen's ratio times any scaling of an export (PNG at 2x).
    const double scale =
        std::max(1.0, painter->transform().m11() * painter->device()->devicePixelRatioF());
    const QRect area = m_axisRect->rect();
    QImage image(QSize(int(std::ceil(area.width() * scale)), int(std::ceil(area.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return;
    }
    image.fill(Qt::transparent);
    for (std::size_t i = 0; i < m_graphs.size(); ++i) {
        const QCPGraph* g = m_graphs[i];
        if (g) {
            m_lastDrawn += stamp(image, *g, stampsFor(i, g->scatterStyle(), scale), scale);
        }
    }
    painter->drawImage(QRectF(area.topLeft(), QSizeF(image.size()) / scale), image);
}

} // namespace gugus::ui
