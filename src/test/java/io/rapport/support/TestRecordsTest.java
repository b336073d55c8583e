package io.rapport.support;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TestRecordsTest {

    @Test
    void sendsOnlyTheFieldsSetInTheirOrderWithTextAsGiven() {
        UUID company = UUID.fromString("01a250a8-3c30-7836-945b-cc32709b404d");
        assertThat(contact(" Åse ", "O'Neil \"Junior\"")
                        .companyId(company)
                        .tags("vip", " partner ")
                        .json())
                .isEqualTo("{\"firstName\":\" Åse \",\"lastName\":\"O'Neil \\\"Junior\\\"\",\"companyId\":\"" + company
                        + "\",\"tags\":[\"vip\",\" partner \"]}");
    }

    @Test
    void customFieldsGoInOneObjectAndNullIsSentAsNull() {
        assertThat(company("Acme")
                        .customField("seats", "1 200")
                        .customField("tier", "gold")
                        .set("parentId", null)
                        .json())
                .isEqualTo(
                        "{\"name\":\"Acme\",\"customFields\":{\"seats\":\"1 200\",\"tier\":\"gold\"},\"parentId\":null}");
    }
}
