/** Open Badges 3.0 credentials of certificates: the credential, its VC-JWT signature, the JWKS, the Bitstring Status List and verification. */
package edu.aum.course.certificate.credential;
