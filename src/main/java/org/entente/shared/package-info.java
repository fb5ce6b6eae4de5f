/**
 * Small value types every module speaks: security labels, multilingual text, nations.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.entente.shared;

import org.springframework.modulith.ApplicationModule;
