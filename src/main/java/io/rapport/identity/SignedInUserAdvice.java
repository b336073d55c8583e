package io.rapport.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model as {@code me}, for the navigation bar and permissions. */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

    private final CurrentUser currentUser;

    SignedInUserAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    SignedInUser me() {
        return currentUser.find().orElse(null);
    }
}
