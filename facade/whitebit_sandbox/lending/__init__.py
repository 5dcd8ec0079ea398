"""Lending: Flex plans and investments with their daily earnings, Fixed plans and
investments with their interest payments; rules, state and handlers.
"""
