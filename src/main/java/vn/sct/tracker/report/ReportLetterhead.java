package vn.sct.tracker.report;

import java.time.LocalDate;

/**
 * What a Vietnamese administrative report carries around its tables (Nghị định 30/2020/NĐ-CP):
 * the governing body and agency in the header, number and symbol, place and date, the signer.
 *
 * @param governingBody e.g. "UBND TỈNH HÀ TĨNH" (cơ quan chủ quản)
 * @param agency        e.g. "SỞ CÔNG THƯƠNG" (cơ quan ban hành)
 * @param number        e.g. "125/BC-SCT"; blank for a draft
 * @param place         e.g. "Hà Tĩnh"
 * @param date          the date of the report
 * @param signerTitle   e.g. "GIÁM ĐỐC" (or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")
 * @param signerName    full name of the signer; blank until approved
 * @param recipients    "Nơi nhận" lines
 */
public record ReportLetterhead(String governingBody, String agency, String number, String place, LocalDate date,
                               String signerTitle, String signerName, java.util.List<String> recipients) {
}
