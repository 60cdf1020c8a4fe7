/**
 * A streaming writer of SpreadsheetML ({@code .xlsx}) packages over Apache POI: POI writes a
 * workbook's small parts, and the rows of its large sheets, their shared strings and hyperlinks
 * are streamed and deflated on every core beside it, then packed in one pass. It knows workbooks,
 * sheets, rows, cells, strings and links, nothing of what they say. Start at
 * {@link io.virtaudit.ooxml.StreamedWorkbook}; why it exists and what it buys over POI's own
 * streaming sheets is measured in docs/performance.md ("The workbook writer").
 */
package io.virtaudit.ooxml;
