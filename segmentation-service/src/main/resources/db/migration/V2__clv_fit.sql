-- Fits of the CLV models (BG/NBD for purchase counts, Gamma-Gamma for spend), kept so that
-- predictions name the fit they come from. A standard error is NULL when it could not be estimated.

CREATE TABLE clv_fit (
    id                       uuid             PRIMARY KEY,
    -- Only customers whose first purchase is on or after it (a cohort); NULL: every customer.
    calibration_start        date,
    calibration_end          date             NOT NULL,
    time_unit                varchar(8)       NOT NULL CHECK (time_unit IN ('DAY', 'WEEK')),
    currency_code            varchar(3)       NOT NULL,
    customer_count           integer          NOT NULL,
    repeat_buyer_count       integer          NOT NULL,
    bgnbd_r                  double precision NOT NULL,
    bgnbd_alpha              double precision NOT NULL,
    bgnbd_a                  double precision NOT NULL,
    bgnbd_b                  double precision NOT NULL,
    bgnbd_log_likelihood     double precision NOT NULL,
    bgnbd_r_se               double precision,
    bgnbd_alpha_se           double precision,
    bgnbd_a_se               double precision,
    bgnbd_b_se               double precision,
    gamma_gamma_p            double precision NOT NULL,
    gamma_gamma_q            double precision NOT NULL,
    gamma_gamma_gamma        double precision NOT NULL,
    gamma_gamma_log_likelihood double precision NOT NULL,
    gamma_gamma_p_se         double precision,
    gamma_gamma_q_se         double precision,
    gamma_gamma_gamma_se     double precision,
    fitted_at                timestamptz      NOT NULL
);

-- Predictions use the latest fit unless they name one.
CREATE INDEX clv_fit_fitted_at ON clv_fit (fitted_at DESC);
