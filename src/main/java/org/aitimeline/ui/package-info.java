/** The explorer window: FXML views, their controllers and the one app-state model they share. */
package org.aitimeline.ui;
