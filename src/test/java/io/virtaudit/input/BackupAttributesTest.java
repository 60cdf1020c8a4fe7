package io.virtaudit.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Backup products' custom attributes, with values as the products write them. */
class BackupAttributesTest {

    @Test
    void rubrikGivesTheTimeAfterCompletedAt() {
        assertThat(BackupAttributes.lastSuccess("Rubrik_LastBackup",
                "Last Backup successfully completed at Thu May 29 22:10:08 UTC 2025"))
                .contains(Instant.parse("2025-05-29T22:10:08Z"));
        assertThat(BackupAttributes.lastSuccess("rubrik_lastbackup",
                "Last Backup successfully completed at Mon Jun  2 01:05:00 CEST 2025"))
                .contains(Instant.parse("2025-06-01T23:05:00Z"));
        assertThat(BackupAttributes.lastSuccess("Rubrik_LastBackup", "Backup failed")).isEmpty();
    }

    @Test
    void vproxyGivesTheEndTimeElseTheStartTime() {
        assertThat(BackupAttributes.lastSuccess("Last EMC vProxy Backup", "Backup Server=grpsrvbck, Policy=VProxy,"
                + " Workflow=Daily, Action=backup, StartTime=2023-10-30T00:48:53Z, EndTime=2023-10-30T00:52:58Z"))
                .contains(Instant.parse("2023-10-30T00:52:58Z"));
        assertThat(BackupAttributes.lastSuccess("Last EMC vProxy Backup", "Backup Server=grpsrvbck,"
                + " StartTime=2023-10-30T00:48:53Z")).contains(Instant.parse("2023-10-30T00:48:53Z"));
    }

    @Test
    void netBackupGivesItsFirstLineInUtc() {
        assertThat(BackupAttributes.lastSuccess("NB_LAST_BACKUP",
                "Sat Jan 20 05:26:53 2018\n,apntbkup01,VMWare_ESX_50_FlashBackup"))
                .contains(Instant.parse("2018-01-20T05:26:53Z"));
    }

    @Test
    void vrangerCountsOnlyASuccessAndReadsTheDayFirst() {
        assertThat(BackupAttributes.fromAnnotation("vRanger Backup & Replication: Type [Full] Result [Success]"
                + " Time [21/09/2013 15:08:31] Repository [ESXi_DD]")).contains(Instant.parse("2013-09-21T15:08:31Z"));
        assertThat(BackupAttributes.fromAnnotation("vRanger Backup & Replication: Type [Full] Result [Failed]"
                + " Time [21/09/2013 15:08:31] Repository [ESXi_DD]")).isEmpty();
        assertThat(BackupAttributes.fromAnnotation("Web server, owner Anna")).isEmpty();
    }

    @Test
    void onlyTheKnownProductsColumnsAreRead() {
        assertThat(BackupAttributes.lastSuccess("Post-it", "Sat Jan 20 05:26:53 2018")).isEmpty();
    }

    @Test
    void aUserNamedAttributeTakesAnyOfTheseShapesOrAnExportDate() {
        assertThat(BackupAttributes.anyTime("2026-11-19 23:00:00")).contains(Instant.parse("2026-11-19T23:00:00Z"));
        assertThat(BackupAttributes.anyTime("Sat Jan 20 05:26:53 2018")).contains(Instant.parse("2018-01-20T05:26:53Z"));
        assertThat(BackupAttributes.anyTime("EndTime=2023-10-30T00:52:58Z")).contains(Instant.parse("2023-10-30T00:52:58Z"));
        assertThat(BackupAttributes.anyTime("yesterday")).isEmpty();
    }
}
