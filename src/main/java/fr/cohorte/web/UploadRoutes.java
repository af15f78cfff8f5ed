package fr.cohorte.web;

import java.util.List;

/**
 * A module's upload routes and their limits, declared as a bean by each module that takes files
 * (from its properties alone, since the servlet container reads them as it starts), and held by
 * {@link UploadLimits} on every request to them.
 */
@FunctionalInterface
public interface UploadRoutes {

    List<UploadRoute> uploadRoutes();
}
