package io.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void keysetCursorsSurviveTheRoundTrip() {
        UUID id = Ids.newId();
        Cursor cursor = Cursor.decode(Cursor.after("Ødegård, \u001f odd", id).encode());
        assertThat(cursor.id()).isEqualTo(id);
        assertThat(cursor.sortValue()).isEqualTo("Ødegård, \u001f odd");
    }

    @Test
    void offsetCursorsSurviveTheRoundTrip() {
        assertThat(Cursor.decode(Cursor.atOffset(150).encode()).offset()).isEqualTo(150);
    }

    @Test
    void blankIsTheFirstPageAndGarbageIsAFieldError() {
        assertThat(Cursor.decode(" ")).isNull();
        assertThatThrownBy(() -> Cursor.decode("%%%"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("cursor"));
        assertThatThrownBy(() -> Cursor.decode(Cursor.atOffset(-5).encode())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void limitsAreBounded() {
        assertThat(PageRequest.of(null, null, null, "name").limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(PageRequest.of(200, null, "-name", "name").descending()).isTrue();
        assertThatThrownBy(() -> PageRequest.of(201, null, null, "name")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(0, null, null, "name")).isInstanceOf(InvalidInputException.class);
    }
}
