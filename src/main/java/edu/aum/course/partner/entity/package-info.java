/** Partner entities: API tokens (stored hashed) and partner staff's checks of their students' affiliation. */
package edu.aum.course.partner.entity;
