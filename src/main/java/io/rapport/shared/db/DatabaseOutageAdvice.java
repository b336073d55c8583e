package io.rapport.shared.db;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A controller (API or page) that cannot get or keep a connection answers 503 like {@link DatabaseOutageFilter},
 * rather than the API's catch-all 500: ahead of the other advice, which would otherwise take the exception first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageAdvice {

    private final DatabaseAvailability availability;
    private final DatabaseOutageFilter outage;

    DatabaseOutageAdvice(DatabaseAvailability availability, DatabaseOutageFilter outage) {
        this.availability = availability;
        this.outage = outage;
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class,
        org.hibernate.exception.JDBCConnectionException.class,
        SQLTransientConnectionException.class
    })
    void unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        availability.connectionFailed(e);
        outage.refuse(request, response);
    }
}
