package fr.cohorte.grouping.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The finite field with q elements when q is a prime power, as addition and multiplication tables
 * over the elements 0..q-1. An element stands for the polynomial whose coefficients are its digits in
 * base p; products are taken modulo the first irreducible polynomial of degree k (q = p^k). Small
 * fields only: the tables hold q^2 entries each.
 */
final class FiniteField {

    /** Larger fields are never needed for groups (a field element stands for one group of a round). */
    static final int LARGEST = 256;

    private final int size;
    private final int[][] sum;
    private final int[][] product;

    private FiniteField(int prime, int degree, int size) {
        this.size = size;
        this.sum = new int[size][size];
        this.product = new int[size][size];
        int[] modulus = degree == 1 ? new int[] {0, 1} : irreducible(prime, degree);
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                sum[a][b] = fromDigits(add(digits(a, prime, degree), digits(b, prime, degree), prime), prime);
                product[a][b] = fromDigits(
                        remainder(multiply(digits(a, prime, degree), digits(b, prime, degree), prime), modulus, prime), prime);
            }
        }
    }

    /** The field with q elements, or nothing when q is not a prime power (or too large). */
    static Optional<FiniteField> of(int q) {
        if (q < 2 || q > LARGEST) {
            return Optional.empty();
        }
        int prime = 2;
        while (q % prime != 0) {
            prime++;
        }
        int degree = 0;
        int rest = q;
        while (rest % prime == 0) {
            rest /= prime;
            degree++;
        }
        return rest == 1 ? Optional.of(new FiniteField(prime, degree, q)) : Optional.empty();
    }

    int size() {
        return size;
    }

    int add(int a, int b) {
        return sum[a][b];
    }

    int multiply(int a, int b) {
        return product[a][b];
    }

    /** Coefficients, lowest degree first, of the element's polynomial (exactly {@code degree} of them). */
    private static int[] digits(int element, int prime, int degree) {
        int[] digits = new int[degree];
        for (int i = 0; i < degree; i++) {
            digits[i] = element % prime;
            element /= prime;
        }
        return digits;
    }

    private static int fromDigits(int[] digits, int prime) {
        int element = 0;
        for (int i = digits.length - 1; i >= 0; i--) {
            element = element * prime + digits[i];
        }
        return element;
    }

    private static int[] add(int[] a, int[] b, int prime) {
        int[] sum = new int[Math.max(a.length, b.length)];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = ((i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0)) % prime;
        }
        return sum;
    }

    private static int[] multiply(int[] a, int[] b, int prime) {
        int[] product = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                product[i + j] = (product[i + j] + a[i] * b[j]) % prime;
            }
        }
        return product;
    }

    /** The remainder of a by the monic polynomial m, with exactly deg(m) coefficients. */
    private static int[] remainder(int[] a, int[] monic, int prime) {
        int degree = monic.length - 1;
        int[] rest = a.clone();
        for (int i = rest.length - 1; i >= degree; i--) {
            int factor = rest[i];
            if (factor == 0) {
                continue;
            }
            for (int j = 0; j <= degree; j++) {
                rest[i - degree + j] = Math.floorMod(rest[i - degree + j] - factor * monic[j], prime);
            }
        }
        int[] remainder = new int[degree];
        System.arraycopy(rest, 0, remainder, 0, Math.min(degree, rest.length));
        return remainder;
    }

    /** The first monic polynomial of the degree with no monic factor of a lower positive degree. */
    private static int[] irreducible(int prime, int degree) {
        for (int lower = 0; ; lower++) {
            int[] candidate = monic(lower, prime, degree);
            if (!hasFactor(candidate, prime)) {
                return candidate;
            }
        }
    }

    /** The monic polynomial of the degree whose lower coefficients are the digits of {@code lower}. */
    private static int[] monic(int lower, int prime, int degree) {
        int[] coefficients = new int[degree + 1];
        System.arraycopy(digits(lower, prime, degree), 0, coefficients, 0, degree);
        coefficients[degree] = 1;
        return coefficients;
    }

    private static boolean hasFactor(int[] polynomial, int prime) {
        int degree = polynomial.length - 1;
        for (int factorDegree = 1; factorDegree <= degree / 2; factorDegree++) {
            int count = (int) Math.pow(prime, factorDegree);
            for (int lower = 0; lower < count; lower++) {
                int[] rest = remainder(polynomial, monic(lower, prime, factorDegree), prime);
                if (Arrays.stream(rest).allMatch(c -> c == 0)) {
                    return true;
                }
            }
        }
        return false;
    }
}
