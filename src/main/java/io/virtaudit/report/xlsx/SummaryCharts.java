package io.virtaudit.report.xlsx;

import io.virtaudit.report.XmlText;
import io.virtaudit.rules.Severity;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import javax.xml.namespace.QName;

/**
 * Native Excel bar charts over the summary's tables. The series refer to the cells and carry their
 * values as a cache, because the streamed rows cannot be read back while the workbook is written.
 */
final class SummaryCharts {

    /** A table on the summary that a chart plots: its categories in one column, values beside them. */
    record Table(String sheet, int firstRow, int categoryColumn, List<String> categories) {
        String range(int column) {
            int last = firstRow + categories.size() - 1;
            return "'" + sheet.replace("'", "''") + "'!" + new CellRangeAddress(firstRow, last, column, column)
                    .formatAsString(null, true);
        }

        /** The categories as the chart caches them: spelt as their cells are ({@link CellValues#set}). */
        XDDFCategoryDataSource categorySource() {
            String[] cached = categories.stream().map(c -> c == null ? null : XmlText.of(CellValues.fit(c)))
                    .toArray(String[]::new);
            return XDDFDataSourcesFactory.fromArray(cached, range(categoryColumn));
        }
    }

    private final XSSFSheet sheet;
    private final XSSFDrawing drawing;
    private final XSSFColor accent;

    SummaryCharts(XSSFSheet sheet, XSSFColor accent) {
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
        this.accent = accent;
    }

    /** A column per severity, each in its severity's colour. */
    XSSFChart bySeverity(Table table, int valueColumn, List<Integer> values, int[] place) {
        XSSFChart chart = chart("Findings by severity", place);
        XDDFBarChartData data = bars(chart, BarDirection.COL, false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(table.categorySource(),
                numbers(values, table.range(valueColumn)));
        series.setTitle("Findings", null);
        chart.plot(data);
        for (int i = 0; i < values.size(); i++) {
            series.getDataPoint(i).setFillProperties(fill(SeverityColours.fillOf(Severity.values()[i])));
        }
        return chart;
    }

    /** One bar per category in the accent colour. */
    XSSFChart simple(String title, Table table, int valueColumn, List<Integer> values, int[] place) {
        XSSFChart chart = chart(title, place);
        XDDFBarChartData data = bars(chart, BarDirection.COL, false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(table.categorySource(),
                numbers(values, table.range(valueColumn)));
        series.setTitle("Findings", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(accent.getRGB())));
        chart.plot(data);
        return chart;
    }

    /** Horizontal bars per category, stacked by severity; {@code values.get(s)} holds severity s. */
    XSSFChart stackedBySeverity(String title, Table table, int firstValueColumn, List<List<Integer>> values,
                                int[] place) {
        XSSFChart chart = chart(title, place);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFBarChartData data = bars(chart, BarDirection.BAR, true);
        for (Severity severity : Severity.values()) {
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(table.categorySource(),
                    numbers(values.get(severity.ordinal()), table.range(firstValueColumn + severity.ordinal())));
            series.setTitle(severity.wireName(), null);
            series.setFillProperties(fill(SeverityColours.fillOf(severity)));
        }
        chart.plot(data);
        fullOverlap(chart);
        return chart;
    }

    /**
     * Stacked bars must overlap fully or Excel draws them side by side; the lite OOXML schema POI
     * ships lacks the type behind {@code setOverlap}, so the attribute is written as text.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.newCursor()) {
            if (cursor.toChild(new QName(XSSFRelation.NS_CHART, "gapWidth"))) {
                cursor.toEndToken();
                cursor.toNextToken();
                cursor.beginElement(new QName(XSSFRelation.NS_CHART, "overlap"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }

    private XSSFChart chart(String title, int[] place) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place[0], place[1], place[2], place[3]);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(XmlText.of(title));
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFBarChartData bars(XSSFChart chart, BarDirection direction, boolean stacked) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(
                direction == BarDirection.BAR ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(
                direction == BarDirection.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (direction == BarDirection.BAR) {
            // the first category at the top, as the table lists them
            categories.setOrientation(AxisOrientation.MAX_MIN);
            counts.setCrosses(AxisCrosses.MAX);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
        data.setBarDirection(direction);
        data.setVaryColors(false);
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
        }
        data.setGapWidth(60);
        return data;
    }

    private static XDDFNumericalDataSource<Integer> numbers(List<Integer> values, String range) {
        return XDDFDataSourcesFactory.fromArray(values.toArray(Integer[]::new), range);
    }

    private static XDDFSolidFillProperties fill(String hex) {
        return new XDDFSolidFillProperties(XDDFColor.from(SeverityColours.colour(hex).getRGB()));
    }

    XSSFSheet sheet() {
        return sheet;
    }
}
