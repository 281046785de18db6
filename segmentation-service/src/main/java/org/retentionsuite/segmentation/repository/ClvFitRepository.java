package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.ClvTimeUnit;
import org.retentionsuite.segmentation.domain.clv.Estimate;

import java.time.LocalDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** Stored CLV fits, one row each. */
@ApplicationScoped
public class ClvFitRepository {

    private static final String[] BGNBD = {"bgnbd_r", "bgnbd_alpha", "bgnbd_a", "bgnbd_b"};
    private static final String[] GAMMA_GAMMA = {"gamma_gamma_p", "gamma_gamma_q", "gamma_gamma_gamma"};

    private static final String INSERT = """
            INSERT INTO clv_fit (id, calibration_start, calibration_end, time_unit, currency_code, customer_count, repeat_buyer_count,
                bgnbd_r, bgnbd_alpha, bgnbd_a, bgnbd_b, bgnbd_log_likelihood,
                bgnbd_r_se, bgnbd_alpha_se, bgnbd_a_se, bgnbd_b_se,
                gamma_gamma_p, gamma_gamma_q, gamma_gamma_gamma, gamma_gamma_log_likelihood,
                gamma_gamma_p_se, gamma_gamma_q_se, gamma_gamma_gamma_se, fitted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final EntityManager entityManager;

    public ClvFitRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void store(ClvFit fit) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, fit.id());
                insert.setObject(2, fit.calibrationStart(), Types.DATE);
                insert.setObject(3, fit.calibrationEnd(), Types.DATE);
                insert.setString(4, fit.timeUnit().name());
                insert.setString(5, fit.currency().getCurrencyCode());
                insert.setInt(6, fit.customerCount());
                insert.setInt(7, fit.repeatBuyerCount());
                int next = setEstimate(insert, 8, fit.bgnbd());
                next = setEstimate(insert, next, fit.gammaGamma());
                insert.setObject(next, OffsetDateTime.ofInstant(fit.fittedAt(), ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }

    /** False when another transaction holds the refit lock (a scheduled refit on another replica). */
    public boolean tryRefitLock() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_try_advisory_xact_lock(hashtext('segmentation:clv-refit'))");
                 ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    public Optional<ClvFit> find(UUID id) {
        return one("SELECT * FROM clv_fit WHERE id = ?", id);
    }

    public Optional<ClvFit> latest() {
        return one("SELECT * FROM clv_fit ORDER BY fitted_at DESC, id LIMIT 1", null);
    }

    private Optional<ClvFit> one(String sql, UUID id) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (id != null) {
                    query.setObject(1, id);
                }
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(fit(row)) : Optional.empty();
                }
            }
        });
    }

    private static ClvFit fit(ResultSet row) throws SQLException {
        return new ClvFit(row.getObject("id", UUID.class), row.getObject("calibration_start", LocalDate.class),
                row.getObject("calibration_end", LocalDate.class),
                ClvTimeUnit.valueOf(row.getString("time_unit")), Currency.getInstance(row.getString("currency_code")),
                row.getInt("customer_count"), row.getInt("repeat_buyer_count"),
                estimate(row, BGNBD, "bgnbd_log_likelihood"), estimate(row, GAMMA_GAMMA, "gamma_gamma_log_likelihood"),
                row.getObject("fitted_at", OffsetDateTime.class).toInstant());
    }

    private static Estimate estimate(ResultSet row, String[] columns, String logLikelihood) throws SQLException {
        double[] parameters = new double[columns.length];
        double[] errors = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            parameters[i] = row.getDouble(columns[i]);
            double error = row.getDouble(columns[i] + "_se");
            errors[i] = row.wasNull() ? Double.NaN : error;
        }
        return new Estimate(parameters, row.getDouble(logLikelihood), errors);
    }

    /** Binds parameters, log-likelihood and standard errors from {@code index}; returns the next index. */
    private static int setEstimate(PreparedStatement insert, int index, Estimate estimate) throws SQLException {
        int next = index;
        for (double parameter : estimate.parameters()) {
            insert.setDouble(next++, parameter);
        }
        insert.setDouble(next++, estimate.logLikelihood());
        for (double error : estimate.standardErrors()) {
            if (Double.isFinite(error)) {
                insert.setDouble(next++, error);
            } else {
                insert.setNull(next++, Types.DOUBLE);
            }
        }
        return next;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
