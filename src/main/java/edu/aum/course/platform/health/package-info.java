/** MicroProfile Health: the application is UP while its database answers. */
package edu.aum.course.platform.health;
