package io.rapport.customfield;

import io.rapport.identity.CurrentUser;
import io.rapport.identity.SignedInUser;
import io.rapport.shared.RecordAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The history of a custom field definition is for admins, who alone change definitions. */
@Component
class CustomFieldAccess implements RecordAccess {

    private final CurrentUser currentUser;
    private final CustomFields fields;

    CustomFieldAccess(CurrentUser currentUser, CustomFields fields) {
        this.currentUser = currentUser;
        this.fields = fields;
    }

    @Override
    public String recordType() {
        return CustomFieldChanged.RECORD_TYPE;
    }

    @Override
    public boolean isVisible(UUID id) {
        return currentUser.find().map(SignedInUser::isAdmin).orElse(false) && fields.existsById(id);
    }
}
