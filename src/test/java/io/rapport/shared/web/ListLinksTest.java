package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ListLinksTest {

    private static MockHttpServletRequest listRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/crm/contacts");
        request.addParameter("q", "Ødegård & Co+");
        request.addParameter("cols", "email", "owner");
        request.addParameter("sort", "lastName");
        request.addParameter("cursor", "abc");
        return request;
    }

    @Test
    void aNewSortStartsAtTheFirstPageAndKeepsFiltersAndColumns() {
        assertThat(ListLinks.of(listRequest()).sortedBy("-updatedAt"))
                .isEqualTo("/crm/contacts?q=%C3%98deg%C3%A5rd+%26+Co%2B&cols=email&cols=owner&sort=-updatedAt");
    }

    @Test
    void theNextPageKeepsTheSortAndReplacesTheCursor() {
        assertThat(ListLinks.of(listRequest()).after("next=="))
                .isEqualTo(
                        "/crm/contacts?q=%C3%98deg%C3%A5rd+%26+Co%2B&cols=email&cols=owner&sort=lastName&cursor=next%3D%3D");
    }

    @Test
    void aPageWithoutParametersGetsOnlyTheChangedOne() {
        assertThat(ListLinks.of(new MockHttpServletRequest("GET", "/companies")).sortedBy("name"))
                .isEqualTo("/companies?sort=name");
    }

    @Test
    void theSameFiltersReachAnotherPathWithoutTheCursor() {
        assertThat(ListLinks.of(listRequest()).at("/crm/contacts/export"))
                .isEqualTo("/crm/contacts/export?q=%C3%98deg%C3%A5rd+%26+Co%2B&cols=email&cols=owner&sort=lastName");
    }
}
