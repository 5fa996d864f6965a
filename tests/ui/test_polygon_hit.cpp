// The lasso's hit test gives QPolygonF::containsPoint(Qt::OddEvenFill)'s answer for every point:
// random lassos (self-crossing, with horizontal sides, open and closed) against random points,
// their vertices and points on their sides.
#include "plots/polygon_hit.h"

#include <QTest>

#include <random>

using gugus::ui::PolygonHitTest;

class PolygonHitTestTest : public QObject {
    Q_OBJECT
private slots:
    void sameAnswersAsQtForEveryPoint() {
        std::mt19937_64 random(20261201);
        std::uniform_real_distribution<double> coordinate(-3.0, 3.0);
        std::uniform_int_distribution<int> grid(-6, 6); // repeated values: horizontal sides, ties
        qint64 checked = 0;
        qint64 inside = 0;
        for (int polygonIndex = 0; polygonIndex < 200; ++polygonIndex) {
            QPolygonF polygon;
            const int vertices = 3 + polygonIndex % 300;
            for (int v = 0; v < vertices; ++v) {
                polygon << (polygonIndex % 3 == 0
                                ? QPointF(grid(random) / 2.0, grid(random) / 2.0)
                                : QPointF(coordinate(random), coordinate(random)));
            }
            if (polygonIndex % 2 == 0) {
                polygon << polygon.front(); // closed, as a drawn lasso may be
            }
            const PolygonHitTest hits(polygon);
            QVector<QPointF> points = polygon; // the vertices themselves
            for (int i = 1; i < polygon.size(); ++i) {
                points << (polygon[i - 1] + polygon[i]) / 2; // on the sides
            }
            for (int i = 0; i < 2000; ++i) {
                points << QPointF(coordinate(random), coordinate(random));
                points << QPointF(grid(random) / 2.0, grid(random) / 4.0);
            }
            for (const QPointF& p : points) {
                const bool expected = polygon.containsPoint(p, Qt::OddEvenFill);
                QCOMPARE(hits.contains(p), expected);
                inside += expected ? 1 : 0;
                ++checked;
            }
        }
        QVERIFY(inside > checked / 10); // the points were not all outside
    }

    void degeneratePolygonsContainNothing() {
        QVERIFY(!PolygonHitTest(QPolygonF()).contains(QPointF(0, 0)));
        const QPolygonF flat{QPointF(0, 1), QPointF(5, 1), QPointF(2, 1)};
        QVERIFY(!PolygonHitTest(flat).contains(QPointF(1, 1)));
        const QPolygonF one{QPointF(0, 0)};
        QVERIFY(!PolygonHitTest(one).contains(QPointF(0, 0)));
    }
};

QTEST_MAIN(PolygonHitTestTest)
#include "test_polygon_hit.moc"
