/** The board pack's boundary: one month's figures from every component, for the director and administrators. */
package coop.khidma.board.boundary;
