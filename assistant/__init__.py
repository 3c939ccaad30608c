"""学校工会工作计划起草助手: knowledge base, retrieval, drafting, checking and export."""

__version__ = "0.1.0"
