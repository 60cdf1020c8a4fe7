package io.virtaudit.generate.rvtools;

import java.util.List;

/** The small parts of the workbook package: content types, relationships, workbook, styles, properties. */
final class Parts {

    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Parts() {
    }

    static String contentTypes(int sheets) {
        StringBuilder s = new StringBuilder(Xml.HEAD)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-")
                .append("officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-")
                .append("officedocument.spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-")
                .append("officedocument.spreadsheetml.sharedStrings+xml\"/>")
                .append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-")
                .append("package.core-properties+xml\"/>")
                .append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-")
                .append("officedocument.extended-properties+xml\"/></Types>").toString();
    }

    static String packageRelations() {
        return Xml.HEAD + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>";
    }

    static String app(List<String> sheets) {
        return Xml.HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Microsoft Excel</Application><TitlesOfParts><vt:vector xmlns:vt=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/docPropsVTypes\" size=\"" + sheets.size()
                + "\" baseType=\"lpstr\">" + String.join("", sheets.stream().map(n -> "<vt:lpstr>" + n + "</vt:lpstr>")
                .toList()) + "</vt:vector></TitlesOfParts></Properties>";
    }

    static String core() {
        return Xml.HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/"
                + "dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>RVTools"
                + "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + ExportPlan.EXPORTED
                + "</dcterms:created></cp:coreProperties>";
    }

    static String workbook(List<String> sheets) {
        StringBuilder s = new StringBuilder(Xml.HEAD).append("<workbook xmlns=\"").append(Xml.MAIN_NS)
                .append("\" xmlns:r=\"").append(Xml.REL_NS).append("\"><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<sheet name=\"").append(sheets.get(i)).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        s.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                    .append("\" hidden=\"1\">'").append(sheets.get(i)).append("'!$A$1</definedName>");
        }
        return s.append("</definedNames></workbook>").toString();
    }

    static String workbookRelations(int sheets) {
        StringBuilder s = new StringBuilder(Xml.HEAD).append("<Relationships xmlns=\"").append(PACKAGE_RELS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(DOC_RELS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return s.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(DOC_RELS)
                .append("/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rId").append(sheets + 2).append("\" Type=\"").append(DOC_RELS)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>").toString();
    }

    /** Styles: 0 the default, 1 a date and time ({@link Sheet#DATE_STYLE}), 2 the bold header. */
    static String styles() {
        return Xml.HEAD + "<styleSheet xmlns=\"" + Xml.MAIN_NS + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd hh:mm:ss\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }
}
