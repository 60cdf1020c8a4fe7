package io.virtaudit.finding;

import io.virtaudit.model.SourceRef;
import java.time.LocalDate;

/**
 * An accepted risk: findings of a rule (id or glob) on a subject (id or glob, optionally of one
 * type) that an approver accepted until a date, with a justification.
 *
 * @param subject     a subject id or glob; null waives every subject of the rule
 * @param subjectType null for any type
 * @param expires     the last day the waiver holds (it lapses at the end of that day, UTC)
 * @param source      where the waiver is written (file and pointer or sheet row)
 */
public record Waiver(String rule, String subject, String subjectType, String justification, String approvedBy,
                     LocalDate expires, String reference, SourceRef source) {
}
