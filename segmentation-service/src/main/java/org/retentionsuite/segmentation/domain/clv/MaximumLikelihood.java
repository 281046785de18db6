package org.retentionsuite.segmentation.domain.clv;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Maximises a log-likelihood over strictly positive parameters with Nelder-Mead, searching the
 * logarithms of the parameters so that every step stays inside the domain.
 */
final class MaximumLikelihood {

    /**
     * The evaluations one start may spend over all its restarts; the best point seen is the answer when
     * they run out (a likelihood whose optimum lies at infinity, as BG/NBD's a and b without dropout,
     * would otherwise be followed for as long as the arithmetic lasts).
     */
    private static final int MAX_EVALUATIONS = 6_000;
    /** Parameters are searched within [1e-6, 1e6]: beyond, the simplex turns back. */
    private static final double MAX_LOG = Math.log(1e6);
    /** Nelder-Mead can stall on a ridge; restarting from where it stopped until nothing improves finds the optimum. */
    private static final int MAX_RESTARTS = 5;
    private static final double IMPROVEMENT = 1e-9;

    private MaximumLikelihood() {
    }

    /** The best optimum reached from any of the starting points (natural, positive parameters). */
    static Estimate maximize(ToDoubleFunction<double[]> logLikelihood, List<double[]> starts) {
        PointValuePair best = null;
        for (double[] start : starts) {
            PointValuePair found = fromStart(logLikelihood, start);
            if (best == null || found.getValue() < best.getValue()) {
                best = found;
            }
        }
        double[] parameters = exp(best.getPoint());
        return new Estimate(parameters, -best.getValue(), standardErrors(logLikelihood, parameters));
    }

    private static PointValuePair fromStart(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        BestSeen best = new BestSeen();
        ObjectiveFunction negative = new ObjectiveFunction(logs -> {
            double value = inBounds(logs) ? -logLikelihood.applyAsDouble(exp(logs)) : Double.NaN;
            // Outside where the likelihood is defined (or searched) the simplex must turn back, not stop.
            value = Double.isFinite(value) ? value : Double.MAX_VALUE;
            best.offer(logs, value);
            return value;
        });
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-10));
        double[] point = log(start);
        PointValuePair current = null;
        for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
            int left = MAX_EVALUATIONS - best.evaluations;
            if (left <= point.length + 1) {
                break;
            }
            PointValuePair found;
            try {
                found = optimizer.optimize(new MaxEval(left), negative, GoalType.MINIMIZE,
                        new InitialGuess(point), new NelderMeadSimplex(point.length, 0.2));
            } catch (TooManyEvaluationsException exhausted) {
                found = best.pair();
            }
            boolean improved = current == null || current.getValue() - found.getValue() > IMPROVEMENT;
            if (current == null || found.getValue() < current.getValue()) {
                current = found;
            }
            if (!improved) {
                break;
            }
            point = current.getPoint();
        }
        return current;
    }

    private static boolean inBounds(double[] logs) {
        for (double log : logs) {
            if (!(Math.abs(log) <= MAX_LOG)) {
                return false;
            }
        }
        return true;
    }

    /** The lowest value the optimizer was shown, and where; and how many evaluations it made. */
    private static final class BestSeen {
        private double[] point;
        private double value = Double.POSITIVE_INFINITY;
        private int evaluations;

        void offer(double[] at, double atValue) {
            evaluations++;
            if (atValue < value) {
                value = atValue;
                point = at.clone();
            }
        }

        PointValuePair pair() {
            return new PointValuePair(point, value);
        }
    }

    /** Square roots of the diagonal of the inverse of the negative log-likelihood's Hessian (central differences). */
    static double[] standardErrors(ToDoubleFunction<double[]> logLikelihood, double[] at) {
        int n = at.length;
        double[] steps = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = 1e-4 * Math.max(Math.abs(at[i]), 1e-3);
        }
        double center = -logLikelihood.applyAsDouble(at);
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double plus = -logLikelihood.applyAsDouble(moved(at, i, steps[i], i, 0));
            double minus = -logLikelihood.applyAsDouble(moved(at, i, -steps[i], i, 0));
            hessian[i][i] = (plus - 2 * center + minus) / (steps[i] * steps[i]);
            for (int j = 0; j < i; j++) {
                double pp = -logLikelihood.applyAsDouble(moved(at, i, steps[i], j, steps[j]));
                double pm = -logLikelihood.applyAsDouble(moved(at, i, steps[i], j, -steps[j]));
                double mp = -logLikelihood.applyAsDouble(moved(at, i, -steps[i], j, steps[j]));
                double mm = -logLikelihood.applyAsDouble(moved(at, i, -steps[i], j, -steps[j]));
                hessian[i][j] = (pp - pm - mp + mm) / (4 * steps[i] * steps[j]);
                hessian[j][i] = hessian[i][j];
            }
        }
        double[] errors = new double[n];
        try {
            RealMatrix covariance = new LUDecomposition(MatrixUtils.createRealMatrix(hessian)).getSolver().getInverse();
            for (int i = 0; i < n; i++) {
                double variance = covariance.getEntry(i, i);
                errors[i] = variance > 0 ? Math.sqrt(variance) : Double.NaN;
            }
        } catch (SingularMatrixException flat) {
            java.util.Arrays.fill(errors, Double.NaN);
        }
        return errors;
    }

    private static double[] moved(double[] at, int i, double di, int j, double dj) {
        double[] point = at.clone();
        point[i] += di;
        point[j] += dj;
        return point;
    }

    private static double[] exp(double[] logs) {
        double[] values = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            values[i] = Math.exp(logs[i]);
        }
        return values;
    }

    private static double[] log(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
